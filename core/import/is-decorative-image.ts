import type { ImageSize } from './image-dimensions.js';

/** What is known of an image before or after its bytes are had. */
export interface ImageFacts {
  alt: string | null;
  /** The address or file name it was given. */
  source: string | null;
  /** The page's width and height attributes, when given. */
  declared: { width: number | null; height: number | null };
  /** The size its bytes state, when they were had. */
  intrinsic: ImageSize | null;
  role: string | null;
}

/** Thinner than this (px) in either direction: a rule or a spacer, not a picture. */
const MAX_RULE_PX = 4;
/** At most this wide and high (px): an icon, a bullet or a tracking pixel. */
const MAX_ICON_PX = 32;
/** Names pages give the images they draw lines and gaps with. */
const DECORATIVE_NAME = /(^|[/_.-])(spacer|pixel|blank|transparent|clear|1x1|line|hr|rule|divider|separator|dot)([_.-]|\.\w+$|$)/i;
/** Alternative texts that describe decoration rather than content ("grey line" under BBC headings). */
const DECORATIVE_ALT = /^(?:(?:grey|gray|black|white|thin|blue|red)\s+)?(?:line|rule|horizontal rule|divider|separator|spacer|dot|bullet|-+|_+|\*+)$/i;

/**
 * Whether an image of an imported page only decorates it: drawn as presentation, a rule or a
 * spacer by its name, its description or its shape, or too small to be a picture. Such images
 * are left out of the article rather than shown or stood in for.
 */
export function isDecorativeImage(facts: ImageFacts): boolean {
  if (facts.role === 'presentation' || facts.role === 'none') return true;
  const alt = facts.alt?.trim() ?? '';
  if (alt !== '' && DECORATIVE_ALT.test(alt)) return true;
  const name = (facts.source ?? '').split(/[?#]/)[0]!;
  if (!name.startsWith('data:') && DECORATIVE_NAME.test(name.split('/').pop() ?? '')) return true;
  for (const size of [facts.intrinsic, facts.declared]) {
    const width = size?.width ?? null;
    const height = size?.height ?? null;
    if (width !== null && width > 0 && width <= MAX_RULE_PX) return true;
    if (height !== null && height > 0 && height <= MAX_RULE_PX) return true;
    if (width && height && width <= MAX_ICON_PX && height <= MAX_ICON_PX) return true;
  }
  return false;
}
