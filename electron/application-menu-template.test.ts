import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './application-menu-template.js';
import { describeKeyboardShortcuts } from './keyboard-shortcuts.js';

const roles = (item: MenuItemConstructorOptions | undefined) => (item?.submenu as MenuItemConstructorOptions[]).map((entry) => entry.role ?? entry.label ?? entry.type);

describe('applicationMenuTemplate', () => {
  it('has File, Edit, View and Help with the standard roles', () => {
    let shown = 0;
    const [file, edit, view, help, ...rest] = applicationMenuTemplate('linux', () => (shown += 1));
    expect(rest).toEqual([]);
    expect(roles(file)).toEqual(['quit']);
    expect(roles(edit)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    // Ctrl/Cmd+Z goes to the page (annotation undo), not to the menu.
    const [undo, redo] = edit?.submenu as MenuItemConstructorOptions[];
    expect([undo?.registerAccelerator, redo?.registerAccelerator]).toEqual([false, false]);
    expect(roles(view)).toEqual(['reload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut']);
    const shortcuts = (help?.submenu as MenuItemConstructorOptions[])[0]!;
    expect(shortcuts.label).toBe('Keyboard Shortcuts');
    (shortcuts.click as () => void)();
    expect(shown).toBe(1);
  });

  it('puts the app menu first on macOS', () => {
    expect(applicationMenuTemplate('darwin', () => {})[0]).toEqual({ role: 'appMenu' });
  });
});

describe('describeKeyboardShortcuts', () => {
  it('names the Highlight shortcut with the platform modifier', () => {
    expect(describeKeyboardShortcuts('linux')).toContain('Ctrl+Shift+H: Highlight');
    expect(describeKeyboardShortcuts('darwin')).toContain('Cmd+Shift+H: Highlight');
    expect(describeKeyboardShortcuts('linux')).toContain('Ctrl+Z: Undo the last annotation edit');
    expect(describeKeyboardShortcuts('linux')).toContain('Ctrl+K or /: Search the library');
    expect(describeKeyboardShortcuts('linux')).not.toContain('Manage tags');
  });
});
