import { describe, expect, it } from 'vitest';
import { importAcceptList } from './import-format.js';

describe('importAcceptList', () => {
  it('lists every extension and media type the importer reads, for the file chooser', () => {
    expect(importAcceptList()).toBe('.txt,.text,.html,.htm,.xhtml,.md,.markdown,.docx,.pdf,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf');
  });
});
