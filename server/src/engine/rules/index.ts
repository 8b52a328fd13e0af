// Every rule the engine runs, one file each.
import type { Rule } from './types.ts';

export const allRules: Rule[] = [];
