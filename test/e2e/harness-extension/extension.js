// The test-harness extension (see ../../../../shared/docs/VSCODE-E2E.md): code-server's web
// workbench does not pass --extensionTestsPath to the extension host, so this extension, installed
// beside nianbao, runs the same suite that @vscode/test-electron runs on desktop, on activation,
// when the environment names a spec file (NIANBAO_E2E_SPEC). Results go to the file the spec names,
// rewritten after every test so that a hang still shows how far it got.
const { readFileSync } = require('node:fs');
const { runSuite } = require('./suite.js');

function activate() {
  const specPath = process.env.NIANBAO_E2E_SPEC;
  if (!specPath) return;
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  // Not awaited: activation must return; the runner watches the results file.
  void runSuite(spec);
}

function deactivate() {}

module.exports = { activate, deactivate };
