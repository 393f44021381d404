// YAML's named escapes; everything else that is not safe printable text becomes \uXXXX.
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '\u0085': '\\N',
  '\u00a0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

// C0 and C1 controls, DEL, the byte-order mark, lone surrogates (which UTF-8 cannot encode), and
// "%%", which Obsidian reads as the start of a comment wherever it is ("%20" in an address stays).
const NEEDS_ESCAPE = /[\\"\u0000-\u001f\u007f-\u009f\u00a0\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|%(?=%)|(?<=%)%/g;

/**
 * A string as a YAML double-quoted scalar: the one YAML form in which every string, including
 * "---", "yes", "1.0", "#x", newlines and control characters, reads back as exactly itself.
 */
export function yamlScalar(value: string): string {
  const escaped = value.replace(NEEDS_ESCAPE, (character) => {
    const named = NAMED_ESCAPES[character];
    if (named !== undefined) return named;
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}
