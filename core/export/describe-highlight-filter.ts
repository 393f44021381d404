import { formatGrading } from '../model/grading.js';
import type { HighlightFilter } from '../model/highlight-filter.js';

/** A claims filter in words, for a file's title and a menu entry: "claimant Armen Khachatrian, tag CSTO, from 2022-10-01"; "all claims" when it filters nothing. */
export function describeHighlightFilter(filter: HighlightFilter): string {
  const parts: string[] = [];
  if (filter.claimant?.trim()) parts.push(`claimant ${filter.claimant.trim()}`);
  const tags = (filter.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) parts.push(`${tags.length === 1 ? 'tag' : 'tags'} ${tags.join(', ')}`);
  if (filter.about?.trim()) parts.push(`about ${filter.about.trim()}`);
  if (filter.kind?.trim()) parts.push(`kind ${filter.kind.trim()}`);
  if (filter.color?.trim()) parts.push(`colour ${filter.color.trim()}`);
  if (filter.minGrading) parts.push(`graded ${formatGrading(filter.minGrading)} or better`);
  if (filter.from) parts.push(`from ${filter.from}`);
  if (filter.to) parts.push(`to ${filter.to}`);
  return parts.length > 0 ? parts.join(', ') : 'all claims';
}
