import type { ResearchNotesApi } from '../api/contract.js';
import type { LibrarySettings } from '../model/library-settings.js';
import type { SettingsFile } from '../store/settings-file-schema.js';
import type { AnnotationContext } from './annotation-context.js';

/** The library's settings the user edits: the colour legend, claim kinds, the PDF page limit, the operator's name, whether the team gets its files. */
export function createSettingsApi(context: AnnotationContext): Pick<ResearchNotesApi, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: async () => toLibrarySettings(context.settings.get()),
    updateSettings: async (args) =>
      toLibrarySettings(
        await context.settings.update((settings) => {
          if (args.colorLegend !== undefined) settings.colorLegend = args.colorLegend.map(({ color, meaning }) => ({ color, meaning }));
          if (args.claimKinds !== undefined) settings.claimKinds = [...new Set(args.claimKinds)];
          if (args.maxPdfPages !== undefined) settings.maxPdfPages = args.maxPdfPages;
          if (args.operatorName !== undefined) settings.operatorName = args.operatorName.trim();
          if (args.shareFilesWithTeam !== undefined) settings.shareFilesWithTeam = args.shareFilesWithTeam;
        }),
      ),
  };
}

function toLibrarySettings(settings: SettingsFile): LibrarySettings {
  return { colorLegend: settings.colorLegend, claimKinds: settings.claimKinds, maxPdfPages: settings.maxPdfPages, operatorName: settings.operatorName, shareFilesWithTeam: settings.shareFilesWithTeam };
}
