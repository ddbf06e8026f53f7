// Prints "N passed, N failed" over every jest JSON result in the folder given (one per dialect).
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
let passed = 0;
let failed = 0;
for (const file of fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : []) {
  const result = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  // A suite that failed to load has no test results; count it as a failure so it cannot hide.
  const broken = result.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  console.log(
    `${path.basename(file, '.json')}: ${result.numPassedTests} passed, ${result.numFailedTests + broken} failed`,
  );
  passed += result.numPassedTests;
  failed += result.numFailedTests + broken;
}
console.log(`${passed} passed, ${failed} failed`);
