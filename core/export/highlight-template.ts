/** The placeholders a highlight template may use; each is replaced by escaped Markdown. */
export const HIGHLIGHT_PLACEHOLDERS = [
  'quote',
  'blockId',
  'orphaned',
  'meaning',
  'color',
  'page',
  'claimant',
  'claim',
  'grading',
  'tags',
  'note',
  'related',
  'created',
  'updated',
  'id',
] as const;

/** One placeholder name. */
export type HighlightPlaceholder = (typeof HIGHLIGHT_PLACEHOLDERS)[number];

/** The values of every placeholder for one highlight, already escaped as Markdown. */
export type HighlightTemplateValues = Readonly<Record<HighlightPlaceholder, string>>;

/**
 * The block of one highlight in the default Markdown export. A line whose placeholders are all
 * empty is left out, so a highlight without a note has no "Note:" line.
 */
export const DEFAULT_HIGHLIGHT_TEMPLATE = [
  '{{quote}}',
  '',
  '{{blockId}}',
  '',
  '**Orphaned:** {{orphaned}}',
  '',
  '**Meaning:** {{meaning}}',
  '',
  '**Page:** {{page}}',
  '',
  '**Claimant:** {{claimant}}',
  '',
  '{{claim}}',
  '',
  '**Grading:** {{grading}}',
  '',
  '{{tags}}',
  '',
  '**Note:** {{note}}',
  '',
  '**Related:** {{related}}',
].join('\n');

// Spaces inside the braces are allowed ("{{ note }}"), as in the template languages users know.
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The placeholder names a template uses that are not in HIGHLIGHT_PLACEHOLDERS, for the editor to flag. */
export function findUnknownPlaceholders(template: string): string[] {
  const known = new Set<string>(HIGHLIGHT_PLACEHOLDERS);
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))].filter((name) => !known.has(name));
}

/**
 * Fills a template with a highlight's values in one pass, so a value that itself contains
 * "{{note}}" is never expanded again. Unknown placeholders become empty. Lines whose placeholders
 * are all empty are dropped and runs of blank lines collapse to one.
 */
export function renderHighlightTemplate(template: string, values: HighlightTemplateValues): string {
  const valueOf = (name: string): string => (Object.prototype.hasOwnProperty.call(values, name) ? values[name as HighlightPlaceholder] : '');
  const lines: string[] = [];
  for (const line of compile(template)) {
    if (line.names.length > 0 && line.names.every((name) => valueOf(name) === '')) continue;
    // parts alternate literal text and placeholder names: [text, name, text, name, text].
    let text = line.parts[0]!;
    for (let index = 1; index < line.parts.length; index += 2) text += valueOf(line.parts[index]!) + line.parts[index + 1]!;
    lines.push(text);
  }
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A template line split into literal text and placeholder names. */
interface CompiledLine {
  parts: string[];
  names: string[];
}

// Exporting a library renders one template 100,000 times; parsing it once per template is most of the saving.
let compiled: { template: string; lines: CompiledLine[] } | null = null;

function compile(template: string): CompiledLine[] {
  if (compiled?.template === template) return compiled.lines;
  const lines = template
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const parts = line.split(PLACEHOLDER);
      return { parts, names: parts.filter((_part, index) => index % 2 === 1) };
    });
  compiled = { template, lines };
  return lines;
}
