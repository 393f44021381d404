import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: File (Quit), Edit, View and Help. Items are Electron roles, so they get
 * the platform's labels and accelerators; macOS also gets its app menu first, as users expect.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, showKeyboardShortcuts: () => void): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [{ role: 'quit' }] },
    {
      label: 'Edit',
      // The accelerators are shown but not registered: Ctrl/Cmd+Z must reach the page, which undoes
      // annotation edits outside text fields and lets the field undo its typing inside one.
      submenu: [{ role: 'undo', registerAccelerator: false }, { role: 'redo', registerAccelerator: false }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }],
    },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', click: showKeyboardShortcuts }] },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
}
