/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The browser test needs Chromium: `npm run test:browser` (.ci/run installs Debian's chromium first).
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  // @swc/jest transpiles only; `npm run typecheck` (tsc --noEmit) is the type gate.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } },
    ],
  },
  testTimeout: 20000,
};
