// Which ids a rule setting (`--rule ID=…`, the `nianbao.rules` setting) may name: a rule of one
// report, a cross-report rule, or a prefix of them such as `date/`. A setting naming none of these
// would be ignored in silence; it is reported with the nearest known id, as a typo most often is.
import { crossReportRules } from '../workspace/index.ts';
import { allRules } from './index.ts';

/** The rules' ids, and with them their prefixes: made once (the rules do not change). */
let sets: { ids: Set<string>; withPrefixes: string[] } | null = null;

function knownSets(): { ids: Set<string>; withPrefixes: string[] } {
  if (sets) return sets;
  const ids = [...allRules.map((r) => r.id), ...crossReportRules.map((r) => r.id)];
  const prefixes = ids.map((id) => id.slice(0, id.indexOf('/') + 1)).filter((p) => p !== '');
  sets = { ids: new Set(ids), withPrefixes: [...new Set([...ids, ...prefixes])].sort() };
  return sets;
}

/** Whether `id` is a rule's own id (not a prefix, not the engine's internal/… notices). */
export function isRuleId(id: string): boolean {
  return knownSets().ids.has(id);
}

/** Null when `id` names a rule or a prefix of rules; otherwise the nearest known id (null when none is near). */
export function unknownRuleId(id: string): { nearest: string | null } | null {
  const known = knownSets().withPrefixes;
  if (known.includes(id)) return null;
  // A prefix without its slash (`date`) is one edit from `date/`: it is named as the nearest.
  let nearest: string | null = null;
  let best = Infinity;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < best) {
      best = d;
      nearest = candidate;
    }
  }
  return { nearest: nearest !== null && best <= Math.max(2, Math.floor(id.length / 3)) ? nearest : null };
}

/** Levenshtein distance: insertions, deletions and substitutions each count one. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
