import { describe, expect, it } from 'vitest';
import type { DocNode } from '../document/doc-node.js';
import { importChecked } from './import-test-helpers.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const types = (node: DocNode): unknown => (node.content ? { [node.type]: node.content.map(types) } : node.type);

const NOTES = `# Field notes

Some *emphasis*, **strong** and \`code\` with a [link](https://example.org/a) and ~~struck~~ text.

## Lists

- one
- two
  1. nested

> A quoted claim.

\`\`\`
const x = 1;
\`\`\`

| Item | Cost |
| ---- | ---- |
| Tea  | 1    |
`;

describe('importDocument: Markdown', () => {
  it('reads headings, lists, quotes, code, tables, links and emphasis', async () => {
    const result = await importChecked({ bytes: encode(NOTES), fileName: 'notes.md' });
    expect(result.title).toBe('Field notes');
    expect(result.titleIsDerived).toBe(false);
    expect(result.format).toBe('markdown');
    expect(result.doc.content!.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'blockquote', 'codeBlock', 'table']);
    const marks = result.doc.content![1]!.content!.flatMap((node) => (node.marks ?? []).map((mark) => mark.type));
    expect(marks).toEqual(['italic', 'bold', 'code', 'link', 'strike']);
    expect(types(result.doc.content![3]!)).toEqual({ bulletList: [{ listItem: [{ paragraph: ['text'] }] }, { listItem: [{ paragraph: ['text'] }, { orderedList: [{ listItem: [{ paragraph: ['text'] }] }] }] }] });
    expect(result.text).toContain('const x = 1;');
    expect(result.text).toContain('A quoted claim.');
    expect(result.original?.mediaType).toMatch(/^text\/markdown/);
  });

  it('takes the title from front matter, with its author and date', async () => {
    const result = await importChecked({ bytes: encode('---\ntitle: "Report: the summit"\nauthor: A. Analyst\ndate: 2024-05-01\ntags: [a, b]\n---\n\n# Heading\n\nBody.'), fileName: 'r.markdown' });
    expect(result).toMatchObject({ title: 'Report: the summit', byline: 'A. Analyst', publishedTime: '2024-05-01' });
    expect(result.text).not.toContain('tags');
  });

  it('keeps raw HTML as text and leaves bare addresses as words', async () => {
    const result = await importChecked({ content: 'Text <script>alert(1)</script> and <b>tags</b> and https://example.org here.', format: 'markdown' });
    expect(result.text).toBe('Text <script>alert(1)</script> and <b>tags</b> and https://example.org here.');
    expect(JSON.stringify(result.doc)).not.toContain('"link"');
  });

  it('never links javascript: and stands in for a remote image with a placeholder that keeps its description', async () => {
    const result = await importChecked({ content: '[click](javascript:alert(1)) done\n\n![A chart of prices](https://example.org/chart.png)', format: 'markdown' });
    // markdown-it refuses the link, so its source stays as inert text.
    expect(JSON.stringify(result.doc)).not.toMatch(/"href":"javascript|example\.org\/chart/);
    expect(JSON.stringify(result.doc)).not.toContain('"link"');
    // A placeholder node, not text: the article's text is not what the page said (this was an "[Image: …]" line).
    expect(result.doc.content).toContainEqual({ type: 'image', attrs: { src: null, alt: 'A chart of prices', title: null } });
    expect(result.text).not.toContain('A chart of prices');
  });
});
