import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** SQL as a controller would write it: a statement's opening words, upper case as the code base writes SQL. */
const SQL = String.raw`/\b(SELECT\s|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|WITH\s+\w+\s+AS\s*\()/`;

/**
 * A controller parses, calls a query of a read model and shapes the answer: it runs no SQL. dependency-cruiser forbids
 * it TypeORM and pg (.dependency-cruiser.cjs); this catches the SQL itself, handed to whatever runs it.
 */
export const controllersRunNoSql = {
  files: ['**/*.controller.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.property.name='query']", message: 'A controller runs no SQL: call a query of its read model (libs/read-models).' },
      { selector: `TemplateElement[value.raw=${SQL}]`, message: 'A controller holds no SQL: the query belongs to its read model (libs/read-models).' },
      { selector: `Literal[value=${SQL}]`, message: 'A controller holds no SQL: the query belongs to its read model (libs/read-models).' },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // Prettier decides line breaks, and it breaks `request(server)[method](path)` before the `[`.
      'no-unexpected-multiline': 'off',
    },
  },
  {
    files: ['apps/cli/**/*.ts', 'bench/**/*.ts', 'test/setup/**'],
    rules: { 'no-console': 'off' },
  },
  controllersRunNoSql,
);
