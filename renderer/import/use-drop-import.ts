import { useEffect, useState } from 'react';
import type { ImportSource } from './import-source.js';
import { importSourcesFromFiles } from './import-sources-from-files.js';
import { importSourcesFromUrls } from './import-sources-from-urls.js';

/**
 * Lets files and links (text/uri-list) dropped anywhere on the window be imported; returns whether
 * something importable is being dragged over it (to show the "Drop to import" overlay). Every drop
 * is taken over, so a dropped file never replaces the app with the file itself.
 */
export function useDropImport(onDrop: (sources: ImportSource[]) => void): boolean {
  const [isDragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every child crossed; counting them tells when the pointer left the window.
    let depth = 0;
    const isImportable = (event: DragEvent) => {
      const types = event.dataTransfer?.types ?? [];
      return types.includes('Files') || types.includes('text/uri-list');
    };
    const onEnter = (event: DragEvent) => {
      if (!isImportable(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!isImportable(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!isImportable(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDropEvent = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const data = event.dataTransfer;
      if (!data || !isImportable(event)) return;
      event.preventDefault();
      const files = data.files.length > 0 ? importSourcesFromFiles(data.files) : [];
      const sources = files.length > 0 ? files : importSourcesFromUrls(data.getData('text/uri-list'));
      if (sources.length > 0) onDrop(sources);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDropEvent);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDropEvent);
    };
  }, [onDrop]);
  return isDragging;
}
