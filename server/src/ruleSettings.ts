// The rule a setting names — `--rule ID=…` on the command line, the `nianbao.rules` setting of the
// editor — read the same way in both: a rule's id (`balance/cell`), a group of rules by its prefix
// (`balance/`), or a group by its bare name (`balance`), as people write a group. The engine reads a
// group only as its prefix (rules/severity.ts), so a bare group name is given its slash here.
import { unknownRuleId } from './engine/rules/ruleIds.ts';

/** The key the engine reads for what the user wrote; or, when it names no rule, the nearest known id (null when none is near). */
export type RuleSettingKey = { key: string } | { unknown: { nearest: string | null } };

export function ruleSettingKey(id: string): RuleSettingKey {
  const unknown = unknownRuleId(id);
  if (!unknown) return { key: id };
  // Exactly a group's name (the part of some rule's id before its slash): with the slash, a known prefix.
  if (unknownRuleId(`${id}/`) === null) return { key: `${id}/` };
  return { unknown };
}
