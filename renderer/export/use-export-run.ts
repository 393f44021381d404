import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../core/api/api-error.js';
import { buildExportFile } from '../../core/export/build-export-file.js';
import type { ExportProgress } from '../../core/model/export-progress.js';
import { downloadTextFile } from './download-text-file.js';
import type { ExportChoiceRequest } from './export-choices.js';
import { highlightTemplateStore } from './highlight-template-store.js';
import { useApi } from '../api/api-context.js';

/** The export under way, if any: what it is, and how far it has got (null before the first article). */
export interface ExportRun {
  label: string;
  progress: ExportProgress | null;
}

/**
 * Runs one export at a time in the renderer (buildExportFile over the API client), with progress
 * and cancel, and hands the file to the browser's download. A cancel is the user's choice, not a
 * failure: it is not reported. `beforeExport` lets pending edits reach the library first.
 */
export function useExportRun(onError: (error: unknown) => void, beforeExport?: () => Promise<unknown>) {
  const api = useApi();
  const [run, setRun] = useState<ExportRun | null>(null);
  const controllerRef = useRef<AbortController | null>(null);

  // Leaving the window (or unmounting the menu) must not leave an export reading in the background.
  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(
    async (label: string, request: ExportChoiceRequest) => {
      // One export at a time; a cancelled one still finishing its last read no longer counts.
      if (controllerRef.current) return;
      const controller = new AbortController();
      controllerRef.current = controller;
      setRun({ label, progress: null });
      try {
        await beforeExport?.();
        const file = await buildExportFile(api, {
          ...request,
          template: request.format === 'md' ? highlightTemplateStore.read() : undefined,
          signal: controller.signal,
          onProgress: (progress) => controllerRef.current === controller && setRun({ label, progress }),
        });
        // A cancel that came after the last article still means "no file".
        if (!controller.signal.aborted) downloadTextFile(file.fileName, file.content, file.mediaType);
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'CANCELLED')) onError(error);
      } finally {
        if (controllerRef.current === controller) {
          controllerRef.current = null;
          setRun(null);
        }
      }
    },
    [api, onError, beforeExport],
  );

  // The bar goes at once: the export stops at its next article and its file is never offered.
  const cancel = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setRun(null);
  }, []);

  return { run, start, cancel };
}
