import { getSchema, Node } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { expect } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { docToText } from '../document/doc-text.js';
import { findDocProblems } from '../document/find-doc-problems.js';
import { importDocument } from './import-document.js';
import type { ImportOptions } from './import-progress.js';
import type { ImportedDocument, ImportInput } from './imported-document.js';

export { FIXTURES } from '../../tests/support/fixtures.js';

// The editor's schema as the renderer builds it; caption is ours (see schema-names.ts).
const SCHEMA = getSchema([StarterKit, Image, TableKit, Node.create({ name: 'caption', group: 'block', content: 'inline*' })]);

/** Imports and checks the invariants every import keeps (tests only). */
export async function importChecked(input: ImportInput, options?: ImportOptions): Promise<ImportedDocument> {
  const result = await importDocument(input, options);
  expect(result.text).toBe(docToText(result.doc));
  expect(findDocProblems(result.doc)).toEqual([]);
  expect(() => SCHEMA.nodeFromJSON(result.doc).check()).not.toThrow();
  return result;
}

/** The ApiError an import fails with; fails the test when it succeeds or throws anything else (tests only). */
export async function importFailure(input: ImportInput, options?: ImportOptions): Promise<ApiError> {
  const error = await importDocument(input, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}
