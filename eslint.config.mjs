// ESLint (flat config): the layer table of DEVELOPERS.md as import rules, React's rules of hooks,
// and typescript-eslint's recommended rules. Type errors are tsc's job (npm run typecheck).
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const PURE_CORE = ['core/model', 'core/rules', 'core/api', 'core/document', 'core/anchoring', 'core/export', 'core/claims'];
const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process'];
const SERVICES = ['**/core/store/*', '**/core/import/*', '**/core/library/*', '**/core/search/*', '**/core/export-files/*', '**/core/custody/*', '**/core/restore/*', '**/core/capture/*', '**/core/http/*'];
// Tests and their helpers may reach across layers (e.g. checking a document against tiptap's schema).
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*-test-helpers.ts', '**/*-test-library.ts', '**/*-test-fixtures.ts', '**/*-for-tests.ts'];

/** One layer's rule: files in `folders` must not import `patterns`, for the reason `why`. */
function layer(folders, patterns, why) {
  return {
    files: folders.map((folder) => `${folder}/**/*.{ts,tsx}`),
    ignores: TESTS,
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }] },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.bench-cache/**', '.debug/**', '.build-cache/**', 'test-results/**', 'playwright-report/**', 'resources/**', 'build/**'] },
  { files: ['**/*.{ts,tsx}'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }] },
  },
  // Tests read files and answers as untyped JSON to check what was really written.
  { files: ['**/*.test.ts', 'tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['core'], ['electron', 'react', 'react-dom', '@tiptap/*', '**/renderer/*', '**/electron/*', '**/cli/*'], 'core never imports a shell or the UI'),
  layer(PURE_CORE, [...NODE, 'lowdb', 'lowdb/*', 'linkedom', 'sanitize-html', 'better-sqlite3', ...SERVICES, '../store/*', '../import/*', '../library/*', '../search/*', '../export-files/*', '../custody/*', '../restore/*'], 'pure core has no Node and no services'),
  layer(['renderer'], ['electron', ...NODE, 'lowdb', 'lowdb/*', 'linkedom', 'better-sqlite3', ...SERVICES], 'the renderer only calls the API contract'),
  layer(['cli'], ['electron', '**/renderer/*'], 'the command line and web shell do not load Electron or the UI'),
  layer(['electron'], ['**/renderer/*'], 'the Electron shell does not import the UI'),
  layer(['clipper/src'], [...NODE, 'electron', 'react', '**/renderer/*', ...SERVICES], 'the clipper runs in the browser: it shares constants with core, nothing else'),
);
