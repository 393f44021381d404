/** One thing `verify` found wrong: the file (relative to the library) and what is wrong with it. */
export interface VerifyProblem {
  file: string;
  message: string;
}

/** What re-hashing a library (or one article of it) found. */
export interface VerifyReport {
  /** Articles whose files were checked. */
  articles: number;
  /** Custody log entries whose hashes and chain were checked. */
  logEntries: number;
  /** Empty when everything holds. */
  problems: VerifyProblem[];
}
