import { z } from 'zod';
import type { DocNode } from '../document/doc-node.js';

/** A rich-text document (tiptap JSON) as an argument: bounded in depth by zod's recursion and in size by the transport. */
export const docNodeArgument: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(50),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeArgument).max(100_000).optional(),
    text: z.string().max(1_000_000).optional(),
    marks: z.array(z.object({ type: z.string().min(1).max(50), attrs: z.record(z.string(), z.unknown()).optional() })).max(20).optional(),
  }),
);
