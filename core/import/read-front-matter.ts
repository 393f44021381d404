/** A Markdown file split into its front matter's simple fields and the Markdown after it. */
export interface FrontMatter {
  /** Top-level "key: value" pairs with a scalar value, keys lower-cased; lists and maps are skipped. */
  fields: Record<string, string>;
  body: string;
}

const FRONT_MATTER = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads a YAML front matter block ("---" lines around it) at the start of a Markdown file. Only
 * plain scalars are read, which is all the importer needs (title, author, date, lang); a full YAML
 * parser is not worth shipping for that.
 */
export function readFrontMatter(source: string): FrontMatter {
  const match = FRONT_MATTER.exec(source);
  // Without a prototype: its keys are the file's (a key "constructor" must not meet Object's).
  const fields = Object.create(null) as Record<string, string>;
  if (match === null) return { fields, body: source };
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.+?)[ \t]*$/.exec(line);
    if (pair === null) continue;
    const value = unquote(pair[2]!);
    if (value !== '' && !/^[[{|>]/.test(value)) fields[pair[1]!.toLowerCase()] = value;
  }
  return { fields, body: source.slice(match[0].length) };
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\"/g, '"').trim();
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'").trim();
  // A comment after a plain scalar is not part of it.
  return value.replace(/\s+#.*$/, '').trim();
}
