import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** The tiptap extensions of the editable notes and memos: text with bold, italic, lists and links. */
export function createRichTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      // A note's link is a reference to look at later; a click while writing must not navigate away.
      link: { openOnClick: false, autolink: true, linkOnPaste: true, HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' } },
      heading: { levels: [3, 4] },
      codeBlock: false,
      horizontalRule: false,
      dropcursor: false,
    }),
  ];
}
