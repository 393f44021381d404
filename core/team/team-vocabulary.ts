import type PouchDB from 'pouchdb-node';
import { ApiError } from '../api/api-error.js';
import { API_ARGUMENT_SCHEMAS } from '../api/contract.js';
import type { ColorMeaning } from '../model/color-legend.js';
import type { LibrarySettings } from '../model/library-settings.js';

/** The team's shared vocabulary: one document, beside the articles' and highlights'. */
export const VOCABULARY_DOCUMENT_ID = 'vocabulary';

/** What the team shares of each library's settings: the colour legend and the claim kinds. */
export interface TeamVocabulary {
  colorLegend: ColorMeaning[];
  claimKinds: string[];
}

/** The library's side, as sync needs it. */
export interface VocabularyLibrary {
  getSettings(args: Record<string, never>): Promise<LibrarySettings>;
  updateSettings(args: Partial<TeamVocabulary>): Promise<LibrarySettings>;
}

// The server is not trusted: a vocabulary from it is checked as the app checks the user's own.
const vocabularySchema = API_ARGUMENT_SCHEMAS.updateSettings.pick({ colorLegend: true, claimKinds: true }).required();
const LEGEND_LIMIT = 20;
const KINDS_LIMIT = 100;

type VocabularyDocument = TeamVocabulary & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[]; type: 'vocabulary'; changedBy: string; changedAt: string };

function vocabularyOf(settings: LibrarySettings): TeamVocabulary {
  return { colorLegend: settings.colorLegend.map(({ color, meaning }) => ({ color, meaning })), claimKinds: [...settings.claimKinds] };
}

function fingerprint(vocabulary: TeamVocabulary): string {
  return JSON.stringify(vocabulary);
}

/**
 * Before replication: a vocabulary changed here since the one last agreed with the team is written
 * to the copy, on the revision it was agreed at. On a library's first sync nothing is written here:
 * the library's vocabulary is folded into the team's after the pull (settleVocabulary).
 */
export async function recordVocabulary(copy: PouchDB.Database, library: VocabularyLibrary, author: string, agreed: string | null): Promise<boolean> {
  if (agreed === null) return false;
  const local = vocabularyOf(await library.getSettings({}));
  if (fingerprint(local) === agreed) return false;
  const current = await winnerOf(copy);
  await put(copy, [{ ...local, _id: VOCABULARY_DOCUMENT_ID, ...(current?._rev ? { _rev: current._rev } : {}), type: 'vocabulary', changedBy: author, changedAt: new Date().toISOString() }]);
  return true;
}

/**
 * After replication: every current version of the team's vocabulary (two analysts may change it
 * apart) is folded into one, so no colour meaning or claim kind anyone added is lost: the winner's
 * meaning of a colour first, then colours and kinds only the other versions have. On a first sync
 * the library's own vocabulary is folded in too. The result is written over the versions, if it
 * differs from them, and put in the library. Returns the vocabulary agreed, and whether the copy got
 * a write to send, and whether the library's own vocabulary changed.
 */
export async function settleVocabulary(copy: PouchDB.Database, library: VocabularyLibrary, author: string, agreed: string | null): Promise<{ agreed: string; written: boolean; changedHere: boolean }> {
  const local = vocabularyOf(await library.getSettings({}));
  const winner = await winnerOf(copy);
  const others = await Promise.all((winner?._conflicts ?? []).map((rev) => copy.get(VOCABULARY_DOCUMENT_ID, { rev }) as unknown as Promise<VocabularyDocument>));
  const versions = [winner, ...others].flatMap((document) => (document ? [checked(document)] : []));
  // First sync: the library's own vocabulary joins the team's (after it, so the team's meanings win).
  if (agreed === null || versions.length === 0) versions.push(local);
  const merged = foldVocabularies(versions);
  let written = false;
  if (winner === null || others.length > 0 || fingerprint(merged) !== fingerprint(checked(winner))) {
    const changed = { ...merged, _id: VOCABULARY_DOCUMENT_ID, ...(winner?._rev ? { _rev: winner._rev } : {}), type: 'vocabulary' as const, changedBy: author, changedAt: new Date().toISOString() };
    await put(copy, [changed, ...others.map((other) => ({ _id: VOCABULARY_DOCUMENT_ID, _rev: other._rev!, _deleted: true }))]);
    written = true;
  }
  const changedHere = fingerprint(merged) !== fingerprint(local);
  if (changedHere) await library.updateSettings(merged);
  return { agreed: fingerprint(merged), written, changedHere };
}

/** One vocabulary from several, earlier ones first: nothing any of them holds is dropped (within the settings' limits). */
export function foldVocabularies(versions: readonly TeamVocabulary[]): TeamVocabulary {
  const legend = new Map<string, ColorMeaning>();
  const kinds = new Map<string, string>();
  for (const version of versions) {
    for (const entry of version.colorLegend) if (!legend.has(entry.color)) legend.set(entry.color, { color: entry.color, meaning: entry.meaning });
    for (const kind of version.claimKinds) if (!kinds.has(kind.toLocaleLowerCase())) kinds.set(kind.toLocaleLowerCase(), kind);
  }
  return { colorLegend: [...legend.values()].slice(0, LEGEND_LIMIT), claimKinds: [...kinds.values()].slice(0, KINDS_LIMIT) };
}

function checked(document: VocabularyDocument): TeamVocabulary {
  const parsed = vocabularySchema.safeParse({ colorLegend: document.colorLegend, claimKinds: document.claimKinds });
  // A malformed vocabulary from the server is taken as an empty one: it adds nothing, and the
  // merged one written over it repairs the team's copy.
  return parsed.success ? parsed.data : { colorLegend: [], claimKinds: [] };
}

async function winnerOf(copy: PouchDB.Database): Promise<VocabularyDocument | null> {
  try {
    return (await copy.get(VOCABULARY_DOCUMENT_ID, { conflicts: true })) as unknown as VocabularyDocument;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}

async function put(copy: PouchDB.Database, documents: object[]): Promise<void> {
  const results = await copy.bulkDocs(documents as unknown as PouchDB.Doc[]);
  const failed = results.find((result) => 'error' in result);
  if (failed) throw new ApiError('STORAGE_FAILED', `Could not write the team's vocabulary to the team copy: ${JSON.stringify(failed)}.`);
}
