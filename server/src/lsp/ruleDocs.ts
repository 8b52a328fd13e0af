// Links from a diagnostic's code to its rule's page, docs/rules/<group>/<name>.md, shipped in the
// extension beside dist/. The pages are looked for once, in the nearest folder above the running
// bundle that holds a package.json; a rule without a page gets no link.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | null | undefined;

function extensionRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json'))) {
      root = dir;
      break;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return root;
}

const links = new Map<string, string | null>();

export function ruleDocUrl(ruleId: string): string | null {
  let link = links.get(ruleId);
  if (link === undefined) {
    const base = extensionRoot();
    const file = base && /^[a-z]+\/[a-z0-9-]+$/.test(ruleId) ? join(base, 'docs', 'rules', `${ruleId}.md`) : null;
    link = file && existsSync(file) ? pathToFileURL(file).href : null;
    links.set(ruleId, link);
  }
  return link;
}
