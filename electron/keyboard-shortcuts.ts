/** The app's keyboard shortcuts as the Help menu lists them, with the platform's modifier key. */
export function describeKeyboardShortcuts(platform: NodeJS.Platform): string {
  const modifier = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  return [`${modifier}+Shift+H: Highlight the selected text as a claim`].join('\n');
}
