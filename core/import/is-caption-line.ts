/*
 * A photo caption as news sites print it in plain text: "Czech Republic - The leaders of ...".
 * The parts, each required, so that body text is not mistaken for a caption:
 * - a place: one to four capitalised words (hyphenated names such as "Guinea-Bissau" count as one),
 *   optionally joined by up to two lower-case connectors ("Bosnia and Herzegovina", "Republic of the
 *   Congo"); body sentences rarely begin with only capitalised words followed by a spaced hyphen,
 *   and words that open sentences but never place names ("In", "But", "He", ...) rule it out;
 * - " - ": an ASCII hyphen with a space on each side (prose uses dashes or unspaced hyphens);
 * - a sentence: capitalised (or a digit or quote), at least MIN_SENTENCE characters, ending with
 *   sentence punctuation;
 * - one line of at most MAX_CAPTION characters.
 */
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.]*(?:-\\p{Lu}[\\p{L}\\p{M}'’.]*)*";
const CONNECTOR = '(?:of|and|the|de|del|da|do|du|la|le|el|al|y|et)';
const SENTENCE_OPENER = '(?:A|An|In|On|At|As|By|For|From|To|Of|With|But|And|Or|If|When|While|After|Before|Since|It|He|She|They|We|I|You|This|That|These|Those|There|Here|His|Her|Its|Their|Our|My)\\b';
const PLACE = `(?!${SENTENCE_OPENER})${WORD}(?: (?:${CONNECTOR} ){0,2}${WORD}){0,3}`;
const CAPTION = new RegExp(`^(${PLACE}) - ([\\p{Lu}\\p{N}“"‘'].*[.!?…][”"’')]?)$`, 'u');
const MAX_CAPTION = 400;
const MIN_SENTENCE = 20;

/** Whether a paragraph of a plain-text article is a photo caption ("Russia - Russian President ..."). */
export function isCaptionLine(paragraph: string): boolean {
  if (paragraph.length > MAX_CAPTION || paragraph.includes('\n')) return false;
  const match = CAPTION.exec(paragraph);
  return match !== null && match[2]!.length >= MIN_SENTENCE;
}
