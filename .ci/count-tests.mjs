// Adds up the JSON reports every vitest run wrote (unit, API e2e, component and browser tests) and
// prints the single line CI reads: "N passed, N failed". Exits 1 when a test failed or none ran.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const roots = ['apps', 'packages'];
let passed = 0;
let failed = 0;
let files = 0;
for (const root of roots) {
  for (const pkg of readdirSync(root)) {
    const dir = path.join(root, pkg, 'test-results');
    let entries = [];
    try {
      if (!statSync(dir).isDirectory()) continue;
      entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of entries) {
      const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      files += 1;
      passed += report.numPassedTests ?? 0;
      // Suites that failed to load count as failures too.
      failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report);
      console.log(`${path.join(dir, file)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
      printFailures(report);
    }
  }
}

// The failing tests by name, with the first lines of their message, so a CI log says what broke.
function printFailures(report) {
  for (const suite of report.testResults ?? []) {
    const failedTests = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    if (failedTests.length === 0 && suite.status === 'failed') {
      console.log(`  FAILED to load ${path.relative(process.cwd(), suite.name)}: ${firstLines(suite.message)}`);
    }
    for (const test of failedTests) {
      console.log(`  FAILED ${path.relative(process.cwd(), suite.name)} > ${test.fullName}`);
      console.log(`    ${firstLines((test.failureMessages ?? []).join('\n'))}`);
    }
  }
}

function firstLines(text = '') {
  return text.split('\n').slice(0, 6).join('\n    ');
}

function countSuitesWithFailedTests(report) {
  return (report.testResults ?? []).filter((s) => (s.assertionResults ?? []).some((a) => a.status === 'failed')).length;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || files === 0 || passed === 0 ? 1 : 0);
