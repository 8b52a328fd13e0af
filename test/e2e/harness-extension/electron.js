// Entry point for @vscode/test-electron (extensionTestsPath): the same suite as in code-server,
// failing the run when any test fails.
const { readFileSync } = require('node:fs');
const { runSuite } = require('./suite.js');

async function run() {
  const spec = JSON.parse(readFileSync(process.env.NIANBAO_E2E_SPEC, 'utf8'));
  const results = await runSuite(spec);
  const failed = results.tests.filter((t) => !t.ok);
  if (failed.length > 0) throw new Error(failed.map((t) => `${t.name}: ${t.error}`).join('\n'));
}

module.exports = { run };
