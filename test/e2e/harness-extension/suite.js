// The behaviour suite, written against the `vscode` API only, so that one suite serves both
// editors: desktop VS Code under @vscode/test-electron (electron.js) and code-server's web
// workbench through the harness extension (extension.js). What it expects comes from a spec file
// written by test/e2e/run.mjs from the CLI's own output on the same files (see test/e2e/spec.mjs):
// nothing about the seeds is written here but what the issue names (the hover in 004, the fix in 002).
const assert = require('node:assert/strict');
const { readFileSync, writeFileSync } = require('node:fs');
const vscode = require('vscode');

const severityNames = ['error', 'warning', 'information', 'hint']; // vscode.DiagnosticSeverity order

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something truthy; throws `what` after `ms`. */
async function waitFor(what, probe, ms = 30_000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(100);
  }
}

function nianbaoDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'nianbao');
}

/**
 * The diagnostics once as many as expected have arrived and stayed the same for a moment; after
 * 30 s, whatever is there (so that the comparison that follows shows the difference).
 */
async function settledDiagnostics(uri, expectedCount) {
  let last = '';
  let since = Date.now();
  const until = Date.now() + 30_000;
  for (;;) {
    const now = nianbaoDiagnostics(uri);
    const key = JSON.stringify(now.map((d) => [d.range.start.line, d.severity, d.message]));
    if (key !== last) {
      last = key;
      since = Date.now();
    }
    if ((now.length === expectedCount && Date.now() - since > 500) || Date.now() > until) return now;
    await sleep(100);
  }
}

async function open(file) {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

function diagnosticCode(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

function positionOf(document, needle) {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in ${document.uri.fsPath}`);
  return document.positionAt(offset);
}

/** The tests, in order; each gets the spec and a small context shared between them. */
function tests(spec) {
  const seed = (name) => {
    const s = spec.seeds.find((x) => x.name.startsWith(name));
    assert.ok(s, `seed ${name} in the spec`);
    return s;
  };
  const lang = /^en\b/i.test(vscode.env.language) ? 'en' : 'zh';
  const list = [];

  list.push(['nianbao is installed and the copies open as nianbao reports', async () => {
    assert.ok(vscode.extensions.getExtension('nianbao.nianbao'), 'extension nianbao.nianbao installed');
    for (const s of spec.seeds) {
      const { document } = await open(s.file);
      assert.equal(document.languageId, 'nianbao', `${s.name} language`);
    }
  }]);

  for (const s of spec.seeds) {
    list.push([`${s.name}: diagnostics equal the CLI's findings (count, lines, severities, rules, ${lang} messages)`, async () => {
      const { document } = await open(s.file);
      const got = await settledDiagnostics(document.uri, s.findings.length);
      const key = (line, severity, rule, message) => `${line + 1}:${severity}:${rule}: ${message}`;
      assert.deepEqual(
        got.map((d) => key(d.range.start.line, severityNames[d.severity], diagnosticCode(d), d.message)).sort(),
        s.findings.map((f) => key(f.line, f.severity, f.rule, f.message[lang])).sort(),
      );
    }]);
  }

  list.push(['004: hover on "5.属于三类内部事务信息" names 第十六条', async () => {
    const { document } = await open(seed(spec.hover.seed).file);
    const position = positionOf(document, spec.hover.needle).translate(0, 1);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes(spec.hover.expect), `hover names ${spec.hover.expect}:\n${text}`);
  }]);

  list.push(['002: the quick fix on the wrong total writes 30 and its error disappears', async () => {
    const s = seed(spec.quickFix.seed);
    const { document } = await open(s.file);
    const before = await settledDiagnostics(document.uri, s.findings.length);
    const error = before.find((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(error, 'an error to fix');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, error.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.title.includes(spec.quickFix.newText));
    assert.ok(fix, `a quick fix writing ${spec.quickFix.newText} among: ${actions.map((a) => a.title).join(' | ')}`);
    // The fix edits exactly the error's cell, writing the expected total.
    const edits = fix.edit.entries().flatMap(([, e]) => e);
    assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [[error.range.start.line, spec.quickFix.newText]]);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
    assert.ok(document.lineAt(error.range.start.line).text.includes(spec.quickFix.newText), 'the line now holds the fixed total');
    const after = await settledDiagnostics(document.uri, s.findings.length - 1);
    assert.equal(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0, 'no error left');
    // Back to the file as it is on disk, for the tests that follow.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await settledDiagnostics(document.uri, s.findings.length);
  }]);

  list.push(['002: "turn off rule" from the error\'s code actions writes nianbao.rules, and the rule\'s findings go', async () => {
    const s = seed(spec.quickFix.seed);
    const { document } = await open(s.file);
    const before = await settledDiagnostics(document.uri, s.findings.length);
    const error = before.find((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.ok(error, 'an error');
    const rule = diagnosticCode(error);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, error.range, vscode.CodeActionKind.QuickFix.value);
    const turnOff = actions.find((a) => a.command?.command === 'nianbao.turnOffRule' && a.command.arguments?.[0] === rule);
    assert.ok(turnOff, `"turn off ${rule}" among: ${actions.map((a) => a.title).join(' | ')}`);
    const settings = () => vscode.workspace.getConfiguration('nianbao', document.uri);
    const saved = settings().inspect('rules')?.workspaceValue;
    try {
      await vscode.commands.executeCommand(turnOff.command.command, ...turnOff.command.arguments);
      assert.equal(settings().get('rules')?.[rule], 'off', 'the setting written');
      const left = s.findings.filter((f) => f.rule !== rule).length;
      const after = await settledDiagnostics(document.uri, left);
      assert.ok(!after.some((d) => diagnosticCode(d) === rule), `no ${rule} finding left`);
    } finally {
      await settings().update('rules', saved, vscode.ConfigurationTarget.Workspace);
      await settledDiagnostics(document.uri, s.findings.length);
    }
  }]);

  for (const s of spec.seeds) {
    list.push([`${s.name}: source.fixAll.nianbao on save writes what \`nianbao check --fix\` writes, nothing else`, async () => {
      const { document } = await open(s.saveFile);
      await settledDiagnostics(document.uri, s.findings.length);
      const original = readFileSync(s.saveFile, 'utf8');
      // A save participant runs on explicit saves; an untouched file is saved too (Ctrl+S).
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor('the file saved', () => !document.isDirty);
      const saved = readFileSync(s.saveFile, 'utf8');
      assert.equal(saved === original, s.fixed === original, s.fixed === original ? 'nothing to fix, nothing changed' : 'the file changed on save');
      assert.ok(saved === s.fixed, `saved text equals the CLI's --fix output (first difference at offset ${firstDifference(saved, s.fixed)})`);
    }]);
  }

  list.push(['002: the outline has the six sections', async () => {
    const { document } = await open(seed(spec.quickFix.seed).file);
    const symbols = await waitFor('document symbols', async () => {
      const got = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
      return got && got.length > 0 ? got : null;
    });
    const sections = symbols.filter((x) => /^[一二三四五六七八九十]+、|^[5-6]、/.test(x.name));
    assert.equal(symbols.length, spec.sections, `top-level symbols: ${symbols.map((x) => x.name).join(' | ')}`);
    assert.equal(sections.length, spec.sections);
  }]);

  return list;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === a.length && i === b.length ? -1 : i;
}

/** Runs every test, writing the results file after each; never throws. */
async function runSuite(spec) {
  const results = { done: false, env: { language: vscode.env.language, appName: vscode.env.appName, version: vscode.version }, tests: [] };
  const write = () => writeFileSync(spec.results, JSON.stringify(results, null, 2));
  write();
  let list = [];
  try {
    list = tests(spec);
  } catch (error) {
    results.tests.push({ name: 'suite setup', ok: false, error: String(error?.stack ?? error) });
  }
  for (const [name, fn] of list) {
    const started = Date.now();
    results.current = name;
    write();
    try {
      await fn();
      results.tests.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.tests.push({ name, ok: false, ms: Date.now() - started, error: String(error?.message ?? error) });
    }
    write();
  }
  delete results.current;
  results.done = true;
  write();
  return results;
}

module.exports = { runSuite };
