import { z } from 'zod';

/** The largest page a clipper may send: its DOM with the images and stylesheets it loaded inlined. */
export const MAX_CAPTURE_HTML_CHARS = 60_000_000;

const httpUrl = z
  .string()
  .max(4_000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) address');

/** What the clipper sends for one page (clipper/src/capture-page.ts makes it). */
export const capturePayloadSchema = z.object({
  url: httpUrl,
  title: z.string().max(2_000),
  /** When the page was serialised, UTC ISO 8601 by the browser's clock. */
  capturedAt: z.string().datetime(),
  /** The DOM as rendered after scripts ran, scripts removed, resources inlined. */
  html: z.string().min(1).max(MAX_CAPTURE_HTML_CHARS),
  /** The text the reader had selected, with some context either side (a TextQuoteSelector). */
  selection: z
    .object({ exact: z.string().min(1).max(100_000), prefix: z.string().max(1_000), suffix: z.string().max(1_000) })
    .nullable()
    .optional(),
  /** The clipper and its version, e.g. "Research Notes Clipper 0.1.0 (Chromium)". */
  tool: z.string().min(1).max(200),
});
export type CapturePayload = z.infer<typeof capturePayloadSchema>;

/** A pairing request: the code the app shows, and a name for the clipper (its browser). */
export const pairRequestSchema = z.object({ code: z.string().max(20), name: z.string().max(200) });
