/**
 * The line that ends the generated part of an exported note: re-exporting rewrites everything
 * above it and keeps everything below it. An Obsidian comment, so it is hidden in reading view.
 */
export const KEPT_NOTES_MARKER = '%% research-notes: your notes below this line are kept on re-export %%';
