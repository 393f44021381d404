/**
 * Every method name of the API contract, in a zod-free module: the Electron preload needs only
 * these names, and importing contract.ts would bundle zod (about 750 KB) into it. contract.ts
 * checks at type level that its schemas have exactly these keys.
 */
export const API_METHODS = [
  'getLibraryInfo',
  'listArticles',
  'getArticle',
  'importArticle',
  'cancelImport',
  'deleteArticle',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'listTags',
  'getSettings',
  'updateSettings',
  'updateArticleMetadata',
  'updateArticleMemo',
  'setArticleTags',
  'setReadingPosition',
  'restoreHighlight',
  'linkHighlights',
  'unlinkHighlights',
  'listClaimants',
  'renameTag',
  'mergeTags',
  'deleteTag',
  'setTagColor',
  'tagHighlights',
  'setHighlightTags',
  'queryHighlights',
  'listSavedFilters',
  'saveFilter',
  'deleteSavedFilter',
  'search',
  'exportLibrary',
  'exportMarkdownFolder',
  'folderExportProgress',
  'cancelFolderExport',
  'listClaimSuggestions',
  'acceptClaimSuggestion',
  'dismissClaimSuggestion',
  'startClipperPairing',
  'listCaptures',
  'verifyArticle',
  'articleChanges',
] as const;

/** The name of one API method. */
export type ApiMethod = (typeof API_METHODS)[number];
