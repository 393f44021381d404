// The few PouchDB calls team sync makes, typed here: the community @types/pouchdb packages
// declare globals that clash with the DOM and Node typings this project builds with.
declare module 'pouchdb-node' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      [field: string]: unknown;
    }
    interface PutResult {
      ok: boolean;
      id: string;
      rev: string;
    }
    interface Change {
      id: string;
      seq: number | string;
      deleted?: boolean;
      doc?: Doc;
      changes: Array<{ rev: string }>;
    }
    interface ReplicationResult {
      ok: boolean;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
    }
    interface LiveChanges {
      on(event: 'change', listener: (change: Change) => void): LiveChanges;
      on(event: 'error', listener: (error: unknown) => void): LiveChanges;
      cancel(): void;
    }
    interface Database {
      get(id: string, options?: { rev?: string; conflicts?: boolean; revs?: boolean }): Promise<Doc>;
      put(doc: Doc): Promise<PutResult>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<Array<PutResult | { error: string; id: string; reason?: string; status?: number }>>;
      allDocs(options: { include_docs?: boolean; conflicts?: boolean; keys?: string[]; startkey?: string; endkey?: string }): Promise<{ rows: Array<{ id: string; value?: { rev: string; deleted?: boolean }; doc?: Doc | null; error?: string }> }>;
      changes(options: { since: number | string; include_docs?: boolean; style?: 'main_only' | 'all_docs' }): Promise<{ results: Change[]; last_seq: number | string }>;
      changes(options: { live: true; since: number | string }): LiveChanges;
      getAttachment(id: string, name: string): Promise<Buffer>;
      info(): Promise<{ update_seq: number | string; doc_count: number }>;
      close(): Promise<void>;
    }
  }
  interface PouchDBConstructor {
    new (name: string, options?: { auth?: { username: string; password: string }; skip_setup?: boolean }): PouchDB.Database;
    replicate(source: PouchDB.Database, target: PouchDB.Database, options?: { batch_size?: number; filter?: (document: { _id: string }) => boolean; doc_ids?: string[] }): Promise<PouchDB.ReplicationResult>;
  }
  const PouchDB: PouchDBConstructor;
  export default PouchDB;
}
