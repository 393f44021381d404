import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import type { DocNode } from '../../core/document/doc-node.js';
import { createRichTextExtensions } from './create-rich-text-extensions.js';

interface RichTextEditorProps {
  /** The accessible name of the text box ("Note", "Memo"). */
  label: string;
  doc: DocNode | null;
  placeholder?: string;
  onChange: (doc: DocNode, text: string) => void;
  onBlur?: () => void;
  /** Focus the text when it appears (a plain note just turned rich). */
  isAutoFocused?: boolean;
  /** Shown, not edited (a team reader's view): no toolbar, no caret. */
  isReadOnly?: boolean;
}

/** An editable tiptap text with a small toolbar (bold, italic, lists, link); mount one per document (key it). */
export function RichTextEditor({ label, doc, placeholder, onChange, onBlur, isAutoFocused, isReadOnly = false }: RichTextEditorProps) {
  const id = useId();
  const extensions = useMemo(createRichTextExtensions, []);
  const latest = useRef({ onChange, onBlur });
  latest.current = { onChange, onBlur };
  const [linkDraft, setLinkDraft] = useState<string | null>(null);

  const editor = useEditor({
    extensions,
    content: doc ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    // The CSP allows no inline <style>; the rules tiptap would inject live in rich-text.css.
    injectCSS: false,
    editable: !isReadOnly,
    autofocus: isAutoFocused ? 'end' : false,
    editorProps: {
      attributes: {
        class: 'rich-text',
        role: 'textbox',
        'aria-label': label,
        'aria-multiline': 'true',
        ...(isReadOnly ? { 'aria-readonly': 'true' } : {}),
        dir: 'auto',
        ...(placeholder ? { 'data-placeholder': placeholder } : {}),
      },
    },
    onUpdate: ({ editor: current }) => latest.current.onChange(current.getJSON() as DocNode, current.getText({ blockSeparator: '\n' })),
    onBlur: () => latest.current.onBlur?.(),
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      isBold: current?.isActive('bold') ?? false,
      isItalic: current?.isActive('italic') ?? false,
      isBulletList: current?.isActive('bulletList') ?? false,
      isOrderedList: current?.isActive('orderedList') ?? false,
      isLink: current?.isActive('link') ?? false,
      isEmpty: current?.isEmpty ?? true,
    }),
  });


  const applyLink = (event: FormEvent) => {
    event.preventDefault();
    if (!editor || linkDraft === null) return;
    const href = linkDraft.trim();
    const chain = editor.chain().focus().extendMarkRange('link');
    if (href) chain.setLink({ href }).run();
    else chain.unsetLink().run();
    setLinkDraft(null);
  };

  const tool = (name: string, isActive: boolean, run: () => void, text: string) => (
    <button
      type="button"
      className="rich-tool"
      aria-label={name}
      title={name}
      aria-pressed={isActive}
      // Keeps the editor's selection while the button is clicked.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  );

  return (
    <div className={`rich-editor${state?.isEmpty ? ' is-empty' : ''}`}>
      {!isReadOnly && <div className="rich-toolbar" role="toolbar" aria-label={`${label} formatting`} aria-controls={id}>
        {tool('Bold', state?.isBold ?? false, () => editor?.chain().focus().toggleBold().run(), 'B')}
        {tool('Italic', state?.isItalic ?? false, () => editor?.chain().focus().toggleItalic().run(), 'I')}
        {tool('Bulleted list', state?.isBulletList ?? false, () => editor?.chain().focus().toggleBulletList().run(), '•')}
        {tool('Numbered list', state?.isOrderedList ?? false, () => editor?.chain().focus().toggleOrderedList().run(), '1.')}
        {tool('Link', state?.isLink ?? false, () => setLinkDraft((editor?.getAttributes('link').href as string | undefined) ?? ''), 'Link')}
      </div>}
      {linkDraft !== null && (
        <form className="rich-link-form" onSubmit={applyLink}>
          <input
            type="url"
            aria-label="Link address"
            value={linkDraft}
            placeholder="https://…"
            autoFocus
            onChange={(event) => setLinkDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setLinkDraft(null);
              }
            }}
          />
          <button type="submit" className="button">Apply</button>
        </form>
      )}
      <div id={id} className="rich-body">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
