import { Node } from '@tiptap/core';

/** A caption line (a photo caption in an imported article), drawn as a figure caption. */
export const CaptionNode = Node.create({
  name: 'caption',
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: 'figure.caption', contentElement: 'figcaption' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', { ...HTMLAttributes, class: 'caption' }, ['figcaption', 0]];
  },
});
