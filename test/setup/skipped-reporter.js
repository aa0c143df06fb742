import { relative } from 'node:path';

/**
 * After Jest's own summary ("1 skipped"), names every skipped test with its reason, and the Node.js that ran
 * the suites. A skipped test states its reason in its name ("… (skipped: EVENTSTORE_CONNECTION_STRING is not
 * set …)"); one that does not fails the run, since a skip nobody can explain hides a test that never runs.
 */
export default class SkippedReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.unexplained = [];
  }

  onRunComplete(_contexts, results) {
    const skipped = results.testResults.flatMap((file) =>
      file.testResults
        .filter((test) => test.status === 'pending' || test.status === 'skipped' || test.status === 'todo')
        .map((test) => ({ file: relative(this.rootDir, file.testFilePath), name: test.fullName })),
    );
    const lines = [`Ran on Node.js ${process.version}.`];
    if (skipped.length > 0) {
      lines.push(`Skipped (${skipped.length}), and why:`);
      for (const test of skipped) lines.push(`  ${test.file}: ${test.name}`);
    }
    this.unexplained = skipped.filter((test) => !/\bskipped\b/i.test(test.name));
    if (this.unexplained.length > 0) lines.push(`${this.unexplained.length} skipped without a reason in their name ("(skipped: why)"): a defect`);
    process.stderr.write(`\n${lines.join('\n')}\n`);
  }

  getLastError() {
    return this.unexplained.length > 0 ? new Error('skipped tests without a reason') : undefined;
  }
}
