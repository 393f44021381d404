import { useCallback, useEffect } from 'react';
import type { ArticleSummary } from '../../core/model/article.js';
import { ImportDialog } from '../library/ImportDialog.js';
import type { ImportSource } from './import-source.js';
import { useDropImport } from './use-drop-import.js';
import { useImportBatch } from './use-import-batch.js';
import { usePasteImport } from './use-paste-import.js';
import './import.css';

interface ImportCenterProps {
  isOpen: boolean;
  /** Opens the import dialog (a drop or a paste shows its progress there). */
  onOpen: () => void;
  onClose: () => void;
  /** A single import succeeded: close the dialog and open the article. */
  onImported: (article: ArticleSummary) => void;
  /** An article of a batch was stored: refresh the library. */
  onStored: () => void;
  /** Shows an article the library already held (a duplicate answered "Open existing"). */
  onOpenExisting: (articleId: string) => void;
}

/** Every way into the library: the import dialog, files and links dropped on the window, and pasting outside text fields. */
export function ImportCenter({ isOpen, onOpen, onClose, onImported, onStored, onOpenExisting }: ImportCenterProps) {
  const batch = useImportBatch({ onSingleImported: onImported, onStored });
  const { start, clear } = batch;

  const startFromWindow = useCallback(
    (sources: ImportSource[]) => {
      onOpen();
      start(sources);
    },
    [onOpen, start],
  );
  const isDragging = useDropImport(startFromWindow);
  usePasteImport(useCallback((source: ImportSource) => startFromWindow([source]), [startFromWindow]));

  // Results belong to one visit of the dialog.
  useEffect(() => {
    if (!isOpen) clear();
  }, [isOpen, clear]);

  const close = () => {
    batch.cancel();
    onClose();
  };

  return (
    <>
      <ImportDialog
        isOpen={isOpen}
        batch={batch}
        onClose={close}
        onOpenExisting={(articleId) => {
          close();
          onOpenExisting(articleId);
        }}
      />
      {isDragging && (
        <div className="drop-overlay" role="status">
          <p className="drop-overlay-text">Drop to import</p>
        </div>
      )}
    </>
  );
}
