// Every rule has its doc page (docs/rules/<id>.md, which the language server links to) and a line
// in the README's table, with the severity it really has.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/engine/rules/index.ts';
import { crossReportRules } from '../../server/src/engine/workspace/index.ts';

const root = resolve(__dirname, '..', '..');
const rules = [...allRules, ...crossReportRules];

describe('rule documentation', () => {
  it('has a page per rule that names its severity', () => {
    for (const rule of rules) {
      const page = join(root, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${rule.id}.md`);
      assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${rule.id.replace('/', '\\/')} `, 'm'), `${rule.id}: page title`);
    }
  });
  it('lists every rule in the README with its default severity', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const rule of rules) assert.match(readme, new RegExp(`\\| \`${rule.id}\` \\| ${rule.severity}[ |(]`), rule.id);
  });
  it('has unique rule ids', () => {
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  });
});
