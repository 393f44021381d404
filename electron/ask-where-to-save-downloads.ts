import type { Session } from 'electron';

/**
 * The renderer's Export Markdown downloads a Blob; this turns each download into a save dialog
 * with the suggested file name, so the user picks where the notes go.
 */
export function askWhereToSaveDownloads(session: Session): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Export Markdown', defaultPath: item.getFilename() });
  });
}
