import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // `const { omitted, ...rest } = row` is how a key is left out of an object.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  // One direction between modules: an import cycle is an error (checked by hand with a two-file cycle in lib/).
  { rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] } },
  globalIgnores(['.next/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**']),
]);
