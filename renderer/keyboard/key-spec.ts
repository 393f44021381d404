/** The parts of a key spec such as "Mod+Shift+H". */
interface ParsedSpec {
  key: string;
  modifiers: ReadonlySet<string>;
}

function parse(spec: string): ParsedSpec {
  // "+" alone is a key, not a separator; no shortcut here uses it, so a plain split is enough.
  const parts = spec.split('+');
  return { key: parts.at(-1)!, modifiers: new Set(parts.slice(0, -1)) };
}

/** The fields of a KeyboardEvent a spec is matched against (plain data, so tests need no DOM). */
export type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Whether a key event is the key spec; "Mod" is Cmd on macOS and Ctrl elsewhere. */
export function matchesKeySpec(spec: string, event: KeyEventLike, isMac: boolean): boolean {
  const { key, modifiers } = parse(spec);
  const wantsCtrl = modifiers.has('Ctrl') || (modifiers.has('Mod') && !isMac);
  const wantsMeta = modifiers.has('Meta') || (modifiers.has('Mod') && isMac);
  if (event.ctrlKey !== wantsCtrl || event.metaKey !== wantsMeta || event.altKey !== modifiers.has('Alt')) return false;
  const isLetter = /^[A-Z]$/.test(key);
  const isDigit = /^[0-9]$/.test(key);
  // "?" and "/" come with or without Shift depending on the layout: the character is what counts.
  if ((isLetter || isDigit || key.length > 1) && event.shiftKey !== modifiers.has('Shift')) return false;
  if (isLetter) return event.code === `Key${key}` || event.key.toUpperCase() === key;
  if (isDigit) return event.code === `Digit${key}` || event.key === key;
  return event.key === key;
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Meta: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥' };
const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', Delete: 'Del' };

/** How a key spec is shown to people: "Ctrl+Shift+H", or "⌘⇧H" on macOS. */
export function formatKeySpec(spec: string, isMac: boolean): string {
  const { key, modifiers } = parse(spec);
  const keyName = KEY_NAMES[key] ?? key;
  if (isMac) return [...modifiers].map((modifier) => MAC_SYMBOLS[modifier] ?? modifier).join('') + keyName;
  return [...[...modifiers].map((modifier) => (modifier === 'Mod' ? 'Ctrl' : modifier)), keyName].join('+');
}

/** The spec in the aria-keyshortcuts syntax ("Control+Shift+H"). */
export function ariaKeySpec(spec: string, isMac: boolean): string {
  const { key, modifiers } = parse(spec);
  const names = [...modifiers].map((modifier) => (modifier === 'Mod' ? (isMac ? 'Meta' : 'Control') : modifier === 'Ctrl' ? 'Control' : modifier));
  return [...names, key].join('+');
}
