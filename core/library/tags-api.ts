import type { ResearchNotesApi } from '../api/contract.js';
import { tagKey } from '../rules/tag-key.js';
import type { AnnotationContext } from './annotation-context.js';
import { deleteTag } from './delete-tag.js';
import { renameTags } from './rename-tags.js';
import { selectTags } from './select-tags.js';
import { setHighlightTags } from './set-highlight-tags.js';
import { tagHighlights } from './tag-highlights.js';

type TagMethods = 'listTags' | 'renameTag' | 'mergeTags' | 'deleteTag' | 'setTagColor' | 'tagHighlights' | 'setHighlightTags';

/** The library's tags: listing them with their colours, renaming, merging, deleting, tagging many highlights. */
export function createTagsApi(context: AnnotationContext): Pick<ResearchNotesApi, TagMethods> {
  return {
    listTags: async (args) => {
      const colors = context.settings.get().tagColors;
      return selectTags(context.tagList(), args.prefix, args.limit).map((tag) => {
        const color = colors[tagKey(tag.name)];
        return color === undefined ? tag : { ...tag, color };
      });
    },
    renameTag: (args) => renameTags(context, [args.from], args.to),
    mergeTags: (args) => renameTags(context, args.sources, args.into),
    deleteTag: (args) => deleteTag(context, args.name),
    setTagColor: async ({ name, color }) => {
      await context.settings.update((settings) => {
        if (color === null || color === '') delete settings.tagColors[tagKey(name)];
        else settings.tagColors[tagKey(name)] = color;
      });
      return null;
    },
    tagHighlights: (args) => tagHighlights(context, args),
    setHighlightTags: (args) => setHighlightTags(context, args),
  };
}
