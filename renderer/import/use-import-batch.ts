import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../core/api/api-error.js';
import type { ArticleSummary } from '../../core/model/article.js';
import { describeError } from '../app/describe-error.js';
import type { ImportItem } from './import-item.js';
import type { ImportSource } from './import-source.js';
import { useApi } from '../api/api-context.js';

/** What the import dialog shows and does: the sources of the current import and their results. */
export interface ImportBatch {
  items: readonly ImportItem[];
  /** True when the current import holds one source: it then behaves as a plain import (closes and opens the article). */
  isSingle: boolean;
  isRunning: boolean;
  /** Sources finished (imported, updated, failed, awaiting a duplicate choice, or cancelled). */
  doneCount: number;
  /** Queues sources; they are imported one at a time, in order. */
  start(sources: readonly ImportSource[]): void;
  /** Stops the import: the source under way is cancelled (cancelImport ends its worker, nothing is stored), and those not started are not imported. */
  cancel(): void;
  /** Answers a duplicate by importing that source again, updating the existing article or keeping both. */
  resolveDuplicate(key: number, choice: 'update' | 'keep-both'): void;
  /** Forgets the results (when the dialog closes). */
  clear(): void;
}

/** Callbacks of useImportBatch. */
export interface ImportBatchEvents {
  /** A single import succeeded: show its article. */
  onSingleImported(article: ArticleSummary): void;
  /** A source of a batch was stored (the library list should refresh). */
  onStored(article: ArticleSummary): void;
}

/** Runs imports through importArticle one at a time, keeping a result per source. */
export function useImportBatch(events: ImportBatchEvents): ImportBatch {
  const api = useApi();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [isRunning, setRunning] = useState(false);
  const [isSingle, setSingle] = useState(false);
  const queue = useRef<ImportItem[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);
  const latestEvents = useRef(events);
  latestEvents.current = events;
  const single = useRef(false);
  /** The source being imported, with the id cancelImport knows its import by. */
  const current = useRef<{ key: number; importId: string; isCancelled: boolean } | null>(null);

  const update = useCallback((key: number, patch: Partial<ImportItem>) => {
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const importOne = useCallback(
    async (item: ImportItem, choice?: 'update' | 'keep-both') => {
      const importing = { key: item.key, importId: crypto.randomUUID(), isCancelled: false };
      current.current = importing;
      update(item.key, { state: 'importing', message: '' });
      try {
        const args = await item.source.read();
        // Cancelled while the file was being read: it is never sent.
        if (importing.isCancelled) throw new ApiError('IMPORT_CANCELLED', 'Cancelled before it was imported.');
        const article = await api.importArticle({ ...args, importId: importing.importId, ...(choice ? { ifDuplicate: choice } : {}) });
        update(item.key, { state: choice === 'update' ? 'updated' : 'imported', article });
        if (single.current) latestEvents.current.onSingleImported(article);
        else latestEvents.current.onStored(article);
      } catch (caught) {
        const code = caught instanceof ApiError ? caught.code : null;
        const isDuplicate = code === 'IMPORT_DUPLICATE';
        update(item.key, {
          state: isDuplicate ? 'duplicate' : code === 'IMPORT_CANCELLED' ? 'cancelled' : 'failed',
          message: describeError(caught),
          duplicateOf: isDuplicate && caught instanceof ApiError ? (caught.article ?? null) : null,
        });
      } finally {
        if (current.current === importing) current.current = null;
      }
    },
    [api, update],
  );

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setRunning(true);
    try {
      for (let item = queue.current.shift(); item; item = queue.current.shift()) await importOne(item);
    } finally {
      running.current = false;
      setRunning(false);
    }
  }, [importOne]);

  const start = useCallback(
    (sources: readonly ImportSource[]) => {
      if (sources.length === 0) return;
      const added = sources.map((source): ImportItem => ({ key: nextKey.current++, source, state: 'waiting', message: '', article: null }));
      // A plain import is one source into an idle dialog; anything more is a batch with results.
      const isFresh = !running.current && queue.current.length === 0;
      single.current = isFresh ? added.length === 1 : false;
      setSingle(single.current);
      setItems((list) => (isFresh ? added : [...list, ...added]));
      queue.current.push(...added);
      void pump();
    },
    [pump],
  );

  const cancel = useCallback(() => {
    const cancelled = new Set(queue.current.map((item) => item.key));
    queue.current = [];
    setItems((list) => list.map((item) => (cancelled.has(item.key) ? { ...item, state: 'cancelled', message: 'Cancelled before it was imported.' } : item)));
    const importing = current.current;
    if (importing !== null && !importing.isCancelled) {
      importing.isCancelled = true;
      // Its importArticle call then fails with IMPORT_CANCELLED, which marks the source cancelled;
      // a cancel that comes too late leaves it imported, as it is.
      api.cancelImport({ importId: importing.importId }).catch(() => undefined);
    }
  }, [api]);

  const resolveDuplicate = useCallback(
    (key: number, choice: 'update' | 'keep-both') => {
      const item = items.find((candidate) => candidate.key === key);
      if (item && item.state === 'duplicate') void importOne(item, choice);
    },
    [items, importOne],
  );

  const clear = useCallback(() => {
    queue.current = [];
    single.current = false;
    setSingle(false);
    setItems([]);
  }, []);

  const doneCount = items.filter((item) => item.state !== 'waiting' && item.state !== 'importing').length;
  return useMemo(
    () => ({ items, isSingle, isRunning, doneCount, start, cancel, resolveDuplicate, clear }),
    [items, isSingle, isRunning, doneCount, start, cancel, resolveDuplicate, clear],
  );
}
