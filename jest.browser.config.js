// The browser test (`npm run test:browser`): needs Chromium, so it is not part of `npm test`.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/browser'], testPathIgnorePatterns: [], testTimeout: 120000 };
