import { z } from 'zod';
import { DEFAULT_CLAIM_KINDS } from '../model/claim.js';
import { DEFAULT_COLOR_LEGEND } from '../model/color-legend.js';
import { DEFAULT_MAX_PDF_PAGES } from '../model/library-settings.js';
import type { FileVersioning } from './migrate-file.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const highlightFilterSchema = z.object({
  claimant: z.string().optional(),
  tags: z.array(z.string()).optional(),
  about: z.string().optional(),
  kind: z.string().optional(),
  color: z.string().optional(),
  minGrading: z.object({ reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']), credibility: z.enum(['1', '2', '3', '4', '5', '6']) }).optional(),
  articleId: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/**
 * A JSON object of strings by user-given names (tag colours by tag name), read into an object
 * without a prototype: a plain one answers "constructor" or "toString" with Object's own members,
 * and zod's record drops a "__proto__" key (so a tag of that name could never keep its colour).
 */
const userKeyedStrings = z
  .preprocess((value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : value), z.array(z.tuple([z.string(), z.string()])))
  .transform((entries) => nullPrototypeRecord(entries));

/** An object without a prototype holding `entries` (a "__proto__" key as a key like any other). */
export function nullPrototypeRecord(entries: Iterable<readonly [string, string]> = []): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** A copy of the settings that keeps tag colours without a prototype (structuredClone gives them Object's back). */
export function copySettingsFile(settings: SettingsFile): SettingsFile {
  const copy = structuredClone(settings);
  copy.tagColors = nullPrototypeRecord(Object.entries(settings.tagColors));
  return copy;
}

/**
 * `<library>/settings.json`: the user's choices for this library (colour legend, claim kinds,
 * tag colours keyed by lower-cased tag name, saved claims-view filters, the largest PDF to
 * import) and the library's
 * identity, which the search index records to know it belongs here. Every field has a default,
 * so a field added later needs no migration: a file without it reads as the default.
 */
export const settingsFileSchema = z.object({
  schemaVersion: z.literal(1),
  libraryId: z.string().min(1),
  colorLegend: z.array(z.object({ color: z.string(), meaning: z.string() })).default(() => structuredClone(DEFAULT_COLOR_LEGEND)),
  claimKinds: z.array(z.string()).default(() => [...DEFAULT_CLAIM_KINDS]),
  tagColors: userKeyedStrings.default(() => nullPrototypeRecord()),
  maxPdfPages: z.number().int().positive().default(DEFAULT_MAX_PDF_PAGES),
  operatorName: z.string().default(''),
  // Whether the team sync sends this library's originals and archived pages (core/team/team-files.ts).
  shareFilesWithTeam: z.boolean().default(true),
  // The SHA-256 of the custody log's first line, recorded when the log starts: a log removed or
  // replaced later no longer begins with it, which verify reports.
  custodyLogFirstHash: z.string().nullable().default(null),
  savedFilters: z.array(z.object({ id: z.string().min(1), name: z.string(), filter: highlightFilterSchema })).default(() => []),
});

/** The content of settings.json. */
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** settings.json is at its first version. */
export const SETTINGS_FILE_VERSIONING: FileVersioning = { current: 1, steps: {} };
