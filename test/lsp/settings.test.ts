// The settings: package.json declares exactly what the zod schema says (names, types, enums,
// defaults), each with a description in both languages; invalid values fall back to defaults,
// one by one, and are reported; settings are read per document and re-read when they change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { configurationProperties, defaultSettings, validateSettings } from '../../shared/src/settings.ts';
import { commands } from '../../shared/src/protocol.ts';
import { docUri, LspClient, root } from './client.ts';
import { reportWithWrongTotal } from './reports.ts';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
const nlsZh: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.nls.zh-cn.json'), 'utf8'));

const pull = (client: LspClient, uri: string) => client.pullDiagnostics(uri);

describe('package.json and the settings schema', () => {
  test('the same settings, with the same types, enums and defaults', () => {
    const declared: Record<string, Record<string, unknown>> = pkg.contributes.configuration.properties;
    const fromSchema = configurationProperties();
    assert.deepEqual(Object.keys(declared).sort(), Object.keys(fromSchema).sort());
    for (const [name, schema] of Object.entries(fromSchema)) {
      const d = declared[name] ?? {};
      const picked: Record<string, unknown> = { type: d.type, default: d.default };
      if (d.enum) picked.enum = d.enum;
      if (d.additionalProperties) picked.additionalProperties = d.additionalProperties;
      assert.deepEqual(picked, schema, name);
    }
  });

  test('every %key% of package.json has an English and a Chinese text', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1] ?? '');
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json: ${key}`);
      assert.ok(nlsZh[key], `package.nls.zh-cn.json: ${key}`);
    }
    assert.deepEqual(Object.keys(nls).sort(), Object.keys(nlsZh).sort());
  });

  test('the commands of the protocol are the commands contributed', () => {
    assert.deepEqual(pkg.contributes.commands.map((c: { command: string }) => c.command).sort(), Object.values(commands).sort());
  });

  test('the client strings have a Chinese translation', () => {
    const bundle: Record<string, string> = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const sources = ['extension.ts', 'statusItem.ts', 'commands.ts', 'serverRestarts.ts'].map((f) => readFileSync(join(root, 'client', 'src', f), 'utf8')).join('\n');
    const used = [...sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? '');
    assert.ok(used.length >= 5);
    for (const s of used) assert.ok(bundle[s], `l10n/bundle.l10n.zh-cn.json: ${s}`);
  });
});

describe('validating settings', () => {
  test('valid settings pass as they are', () => {
    const raw = { rules: { 'balance/cell': 'warning', 'date/': 'off' }, detectContent: false, reportKind: 'government', locale: 'en', maxDocumentSize: 0.5, checkLastYear: false, trace: { server: 'verbose' } };
    assert.deepEqual(validateSettings(raw), { settings: raw, problems: [] });
  });

  test('nothing sent: the defaults', () => {
    for (const raw of [undefined, null, {}, 'x', []]) assert.deepEqual(validateSettings(raw).settings, defaultSettings);
  });

  test('each invalid value falls back to its default alone, and is reported', () => {
    const { settings, problems } = validateSettings({
      rules: { 'balance/cell': 'fatal', 'date/': 'hint' },
      detectContent: 'yes',
      reportKind: 'county',
      locale: 'en',
      maxDocumentSize: -1,
      checkLastYear: 'no',
      trace: { server: 'loud' },
    });
    assert.deepEqual(settings, { rules: { 'date/': 'hint' }, detectContent: true, reportKind: 'auto', locale: 'en', maxDocumentSize: 5, checkLastYear: true, trace: { server: 'off' } });
    assert.deepEqual(problems.map((p) => p.key), ['nianbao.rules["balance/cell"]', 'nianbao.detectContent', 'nianbao.reportKind', 'nianbao.maxDocumentSize', 'nianbao.checkLastYear', 'nianbao.trace.server']);
    assert.equal(validateSettings({ maxDocumentSize: '5' }).problems[0]?.key, 'nianbao.maxDocumentSize');
    assert.deepEqual(validateSettings({ rules: ['error'] }).problems.map((p) => p.key), ['nianbao.rules']);
  });

  test('each problem says what was expected (zod/mini has no messages of its own)', () => {
    const { problems } = validateSettings({ rules: { 'balance/cell': 'fatal' }, detectContent: 'yes', reportKind: 'county', maxDocumentSize: -1 });
    const said = new Map(problems.map((p) => [p.key, p.message]));
    assert.match(said.get('nianbao.rules["balance/cell"]') ?? '', /"error".*"off"/);
    assert.match(said.get('nianbao.detectContent') ?? '', /expected boolean/);
    assert.match(said.get('nianbao.reportKind') ?? '', /"auto"\|"department"\|"government"/);
    assert.match(said.get('nianbao.maxDocumentSize') ?? '', />0/);
  });
});

describe('settings in the server', () => {
  test('invalid values are reported with window/showMessage, once, and replaced by defaults', async () => {
    const client = await LspClient.start({ settings: { rules: { 'balance/cell': 'fatal' }, detectContent: 'maybe' } });
    try {
      const text = reportWithWrongTotal();
      await client.open(docUri('bad.txt'), text, 'plaintext');
      await client.open(docUri('bad2.txt'), text, 'plaintext');
      // detectContent falls back to true: the plain-text report is checked; the rule keeps its severity.
      const { items } = await pull(client, docUri('bad.txt'));
      assert.ok(items.some((d) => d.code === 'balance/cell' && d.severity === 1));
      await pull(client, docUri('bad2.txt'));
      await client.waitFor(() => client.messages.length >= 2);
      assert.deepEqual(client.messages.map((m) => m.type), [2, 2]);
      assert.match(client.messages.map((m) => m.message).join('\n'), /nianbao\.rules\["balance\/cell"\][\s\S]*nianbao\.detectContent/);
      assert.ok(client.logs.some((l) => /nianbao\.detectContent/.test(l.message)), 'also in the log');
    } finally {
      await client.stop();
    }
  });

  test('a rule id that names no rule is reported with the nearest known id; the others still apply', async () => {
    const client = await LspClient.start({ settings: { rules: { 'balance/cel': 'off', 'date/': 'off' } } });
    try {
      await client.open(docUri('typo.txt'), reportWithWrongTotal(), 'plaintext');
      const { items } = await pull(client, docUri('typo.txt'));
      assert.ok(items.some((d) => d.code === 'balance/cell'), 'the typo turned nothing off');
      await client.waitFor(() => client.messages.length >= 1);
      assert.equal(client.messages.length, 1);
      assert.equal(client.messages[0]!.type, 2);
      assert.match(client.messages[0]!.message, /nianbao\.rules\["balance\/cel"\].*(balance\/cell)/);
    } finally {
      await client.stop();
    }
  });

  test('a group\'s bare name is the group, as on the command line ("balance" as "balance/"), and is not reported', async () => {
    const client = await LspClient.start({ settings: { rules: { balance: 'hint' } } });
    try {
      await client.open(docUri('group.txt'), reportWithWrongTotal(), 'plaintext');
      const { items } = await pull(client, docUri('group.txt'));
      const balance = items.filter((d) => String(d.code).startsWith('balance/'));
      assert.ok(balance.some((d) => d.code === 'balance/cell'), 'the wrong total is found');
      assert.ok(balance.every((d) => d.severity === 4), 'as a hint, where balance/cell is an error');
      assert.deepEqual(client.messages, []);
    } finally {
      await client.stop();
    }
  });

  test('settings per document (scopeUri), and re-read after didChangeConfiguration', async () => {
    let severity = 'warning';
    const client = await LspClient.start({
      settings: (scopeUri: string | undefined) => ({ rules: { 'balance/cell': scopeUri?.includes('strict') ? 'error' : severity } }),
    });
    try {
      const text = reportWithWrongTotal();
      await client.open(docUri('strict.nianbao'), text);
      await client.open(docUri('lax.nianbao'), text);
      const severityOf = async (name: string) => (await pull(client, docUri(name))).items.find((d) => d.code === 'balance/cell')?.severity;
      assert.equal(await severityOf('strict.nianbao'), 1);
      assert.equal(await severityOf('lax.nianbao'), 2);
      severity = 'off';
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.equal(await severityOf('lax.nianbao'), undefined);
    } finally {
      await client.stop();
    }
  });

  test('a client without workspace/configuration: the settings it pushes, validated', async () => {
    const client = await LspClient.start({ configuration: false });
    try {
      const text = reportWithWrongTotal();
      await client.open(docUri('pushed.nianbao'), text);
      const first = await pull(client, docUri('pushed.nianbao'));
      assert.ok(first.items.some((d) => d.code === 'balance/cell' && d.severity === 1), 'defaults before anything is pushed');
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { nianbao: { rules: { 'balance/cell': 'hint' }, locale: 'klingon' } } });
      const second = await pull(client, docUri('pushed.nianbao'));
      assert.ok(second.items.some((d) => d.code === 'balance/cell' && d.severity === 4));
      await client.waitFor(() => client.messages.some((m) => /nianbao\.locale/.test(m.message)));
    } finally {
      await client.stop();
    }
  });
});
