import type { Article } from './article.js';
import type { Highlight } from './highlight.js';

/** One version of a team document two analysts changed apart, as the app shows it. */
export interface TeamConflictVersionView {
  rev: string;
  changedBy: string;
  /** UTC, ISO 8601. */
  changedAt: string;
  /** The version this library shows until someone chooses. */
  shown: boolean;
  /** The highlight as this version has it (for a highlight's conflict). */
  highlight?: Highlight;
  /** The article's metadata as this version has it (for an article's conflict; its text is left out). */
  article?: Omit<Article, 'text' | 'doc' | 'memo' | 'highlightCount'>;
}

/** A team document in conflict, with every version: nothing is chosen until someone chooses. */
export interface TeamConflictView {
  documentId: string;
  articleId: string;
  /** Set for a highlight's conflict. */
  highlightId?: string;
  label: string;
  versions: TeamConflictVersionView[];
}

/** Who made and who last changed a team document, and when (UTC, ISO 8601). */
export interface TeamAuthorship {
  createdBy: string;
  createdAt: string;
  changedBy: string;
  changedAt: string;
}

/** A highlight deleted in the team library, as it was last: what a restore (restoreHighlight) puts back. */
export interface DeletedTeamHighlight {
  highlight: Highlight;
  createdBy: string;
  deletedBy: string;
  /** UTC, ISO 8601. */
  deletedAt: string;
}

/** What the last sync with the team did. */
export interface TeamSyncSummary {
  /** When it ended (UTC, ISO 8601). */
  at: string;
  sent: number;
  received: number;
  applied: number;
  /** Changes the server would not take (a reader's account): kept here. */
  refused: number;
  /** Team documents this library could not take, each with why. */
  skipped: Array<{ id: string; why: string }>;
  /** Originals and archived pages sent to the team, and received from it and kept here. */
  filesSent: number;
  filesKept: number;
}

/** The library's team: none, or the team library it syncs with and how that is going. */
export type TeamStatus =
  | { joined: false }
  | {
      joined: true;
      url: string;
      username: string;
      /** Whether this session knows the password (the web shell keeps it in memory only, so it asks again after a restart). */
      signedIn: boolean;
      /** Where the password is kept: the system's keychain (Electron's safeStorage), or this session's memory only. */
      passwordKept: 'keychain' | 'session';
      /**
       * The account may only read the team library (a reader): the server refuses its changes, so the
       * app offers none on the team's highlights. Changes made anyway stay in this library.
       */
      readOnly: boolean;
      syncing: boolean;
      lastSync: TeamSyncSummary | null;
      /** Why the last sync failed (the server unreachable, the account refused); everything stays in this library. */
      error: { code: string; message: string } | null;
      conflicts: TeamConflictView[];
    };
