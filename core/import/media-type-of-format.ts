import { IMPORT_MEDIA_TYPES, type ImportFormat } from '../model/import-format.js';

/** The media type an original of the format is kept under. */
export function mediaTypeOfFormat(format: ImportFormat): string {
  return IMPORT_MEDIA_TYPES[format];
}
