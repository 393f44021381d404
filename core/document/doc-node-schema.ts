import { z } from 'zod';
import type { DocMark, DocNode } from './doc-node.js';

const docMarkSchema: z.ZodType<DocMark> = z.object({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/**
 * A stored rich document (tiptap JSON). Node names are not checked here: the importer decides
 * what it produces, and the store only guards the shape it needs to read the file back.
 */
export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(docMarkSchema).optional(),
  }),
);
