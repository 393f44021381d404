import { z } from 'zod';
import type { ArticleSummary } from '../model/article.js';
import type { SameShape } from '../model/same-shape.js';

/** An article summary as stored on disk (core/model/article.ts). */
export const articleSummarySchema = z.object({
  // The id names the article's file, so it must not be able to name a path outside the folder.
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$/, 'not a valid article id'),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  url: z.string().nullable(),
  publishedTime: z.string().nullable(),
  lang: z.string().nullable(),
  dir: z.enum(['ltr', 'rtl']).nullable(),
  importedAt: z.string(),
  contentHash: z.string(),
  source: z.string(),
  highlightCount: z.number().int().nonnegative(),
  // The article's own tags (not its highlights'): optional, so files and entries written before them load unchanged.
  articleTags: z.array(z.string().min(1)).optional(),
}) satisfies z.ZodType<ArticleSummary>;

// A field of ArticleSummary the schema lacks (or the other way round) fails the typecheck here.
const summaryMatchesType: SameShape<z.infer<typeof articleSummarySchema>, ArticleSummary> = true;
void summaryMatchesType;
