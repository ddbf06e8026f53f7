// ESLint with typescript-eslint's type-checked rules, kept to the ones that catch real bugs here: promises not
// awaited or handled, awaits of non-promises, misused promises in callbacks, needless assertions, unused code.
// Rules that only restate the house style (Prettier formats) or forbid `any` at the generic list engine's
// boundary are off; `npm run lint` runs in .ci/run.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'data/', '.tmp/', 'coverage/', 'node_modules/', '**/*.generated.ts', '**/*.js', '**/*.mjs'],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // An async function without await still returns a promise, which is what its callers (resolvers, plugins) expect.
      '@typescript-eslint/require-await': 'off',
      // graphql-js's enums (OperationTypeNode, Kind) are compared with their string values on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // String(unknown) of client input for messages is deliberate; `keyof DB & string` narrows a key type.
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Callbacks handed around are arrow properties (authenticator.forget, jest mocks), not this-bound methods.
      '@typescript-eslint/unbound-method': 'off',
      // The deadline executor passes a caught error on unchanged, and wraps itself as Kysely's executors do.
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
