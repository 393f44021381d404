import type { ResearchNotesApi } from '../api/contract.js';
import type { LibrarySettings } from '../model/library-settings.js';
import { LIBRARY_BACKUP_FORMAT, LIBRARY_BACKUP_VERSION, type BackedUpArticle, type LibraryBackup } from './library-backup.js';
import { readExportArticles, type ReadExportOptions } from './read-export-articles.js';

/** The API calls a backup reads. */
export type BackupSource = Pick<ResearchNotesApi, 'listArticles' | 'getArticle' | 'listTags'> & Partial<Pick<ResearchNotesApi, 'getSettings'>>;

/**
 * The whole library (or one article) as a backup object, read through the API oldest import
 * first, so a restore that adds articles in file order lists them as they were.
 */
export async function collectLibraryBackup(api: BackupSource, options: Omit<ReadExportOptions, 'filter' | 'oldestFirst'> = {}): Promise<LibraryBackup> {
  const articles: BackedUpArticle[] = [];
  for await (const entry of readExportArticles(api, { ...options, oldestFirst: true })) articles.push(entry);
  return { ...(await backupHeader(api)), articles };
}

/** Everything of a backup but its articles; the file writer streams the articles after it. */
export async function backupHeader(api: BackupSource): Promise<Omit<LibraryBackup, 'articles'>> {
  return {
    format: LIBRARY_BACKUP_FORMAT,
    version: LIBRARY_BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    generator: 'Research Notes',
    settings: await readSettings(api),
    tags: await api.listTags({}),
  };
}

async function readSettings(api: BackupSource): Promise<LibrarySettings | null> {
  try {
    return (await api.getSettings?.({})) ?? null;
  } catch {
    // A library service without settings yet has nothing to back up there.
    return null;
  }
}
