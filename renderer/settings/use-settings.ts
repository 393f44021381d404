import { useCallback, useEffect, useState } from 'react';
import type { ApiArguments } from '../../core/api/contract.js';
import { DEFAULT_CLAIM_KINDS } from '../../core/model/claim.js';
import { DEFAULT_COLOR_LEGEND } from '../../core/model/color-legend.js';
import { DEFAULT_MAX_PDF_PAGES, type LibrarySettings } from '../../core/model/library-settings.js';
import { useApi } from '../api/api-context.js';

const DEFAULTS: LibrarySettings = { colorLegend: DEFAULT_COLOR_LEGEND, claimKinds: DEFAULT_CLAIM_KINDS, maxPdfPages: DEFAULT_MAX_PDF_PAGES, operatorName: '', shareFilesWithTeam: true };

/** The library's colour legend and claim kinds: the defaults until the library answers, then the user's. */
export function useSettings(reportError: (error: unknown) => void) {
  const api = useApi();
  const [settings, setSettings] = useState<LibrarySettings>(DEFAULTS);

  useEffect(() => {
    let isCurrent = true;
    api.getSettings({}).then((loaded) => isCurrent && setSettings(loaded), reportError);
    return () => {
      isCurrent = false;
    };
  }, [api, reportError]);

  const update = useCallback(
    async (patch: ApiArguments<'updateSettings'>): Promise<boolean> => {
      try {
        setSettings(await api.updateSettings(patch));
        return true;
      } catch (error) {
        reportError(error);
        return false;
      }
    },
    [api, reportError],
  );

  /** Reads the settings again: the team's shared vocabulary (colour legend, claim kinds) may have changed them. */
  const reload = useCallback(() => {
    api.getSettings({}).then(setSettings, reportError);
  }, [api, reportError]);

  return { settings, update, reload };
}
