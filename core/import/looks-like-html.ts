// A document that starts as HTML does: a doctype, a comment, or an opening tag.
const STARTS_AS_HTML = /^\s*(<!doctype\s+html|<!--|<(html|head|body|meta|p|div|article|section|span|h[1-6]|table|ul|ol|blockquote|a|b|i|em|strong)[\s>/])/i;
// Tags of markup; prose rarely contains one, let alone two.
const HTML_TAG = /<\/?(p|div|br|span|a|h[1-6]|ul|ol|li|table|tr|td|article|section|strong|em|b|i|img|blockquote|pre|figure)(\s[^<>]*)?\/?>/gi;

/** Whether content without a telling file name is HTML markup rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  if (STARTS_AS_HTML.test(content)) return true;
  const sample = content.slice(0, 100_000);
  return (sample.match(HTML_TAG)?.length ?? 0) >= 2;
}
