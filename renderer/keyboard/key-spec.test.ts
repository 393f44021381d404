import { describe, expect, it } from 'vitest';
import { ariaKeySpec, formatKeySpec, matchesKeySpec, type KeyEventLike } from './key-spec.js';

function key(init: Partial<KeyEventLike>): KeyEventLike {
  return { key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init };
}

describe('key specs', () => {
  it.each([
    ['Mod+Shift+H', key({ key: 'H', code: 'KeyH', ctrlKey: true, shiftKey: true }), false, true],
    ['Mod+Shift+H', key({ key: 'H', code: 'KeyH', metaKey: true, shiftKey: true }), true, true],
    ['Mod+Shift+H', key({ key: 'H', code: 'KeyH', metaKey: true, shiftKey: true }), false, false],
    ['Mod+Z', key({ key: 'z', code: 'KeyZ', ctrlKey: true }), false, true],
    ['Mod+Z', key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), false, false],
    ['J', key({ key: 'j', code: 'KeyJ' }), false, true],
    ['J', key({ key: 'J', code: 'KeyJ', shiftKey: true }), false, false],
    ['Alt+ArrowDown', key({ key: 'ArrowDown', altKey: true }), false, true],
    ['?', key({ key: '?', shiftKey: true }), false, true],
    ['/', key({ key: '/' }), false, true],
    ['Ctrl+Y', key({ key: 'y', code: 'KeyY', ctrlKey: true }), true, true],
    ['Mod+1', key({ key: '1', code: 'Digit1', ctrlKey: true }), false, true],
  ])('%s matches %o on mac=%s: %s', (spec, event, isMac, expected) => {
    expect(matchesKeySpec(spec, event, isMac)).toBe(expected);
  });

  it('shows keys the platform way', () => {
    expect(formatKeySpec('Mod+Shift+H', false)).toBe('Ctrl+Shift+H');
    expect(formatKeySpec('Mod+Shift+H', true)).toBe('⌘⇧H');
    expect(formatKeySpec('Alt+ArrowDown', false)).toBe('Alt+↓');
    expect(ariaKeySpec('Mod+Shift+H', false)).toBe('Control+Shift+H');
    expect(ariaKeySpec('Mod+K', true)).toBe('Meta+K');
  });
});
