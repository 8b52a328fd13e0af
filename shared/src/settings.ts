// The extension's settings (`nianbao.*`), as one zod schema shared by the server, which validates
// what the client sends per resource, and the test that checks package.json's
// `contributes.configuration` against it. The client never imports this file (no zod in its bundle).
// zod/mini, imported as a namespace (`import * as z`) so that esbuild keeps only what is used:
// about 45 KB of the server's bundle instead of zod's 730 KB (all its locales, JSON schema), and
// about 10 MB less resident memory. It loads no messages of its own, so zod's English ones (`Invalid
// option: expected one of …`) are passed to each parse.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

export const ruleSetting = z.enum(['error', 'warning', 'information', 'hint', 'off']);

export const settingsSchema = z.object({
  /** Per rule id (`balance/cell`) or group, by its prefix ending in `/` (`date/`) or its name (`date`, made `date/` by the server): a severity or 'off'. */
  rules: z._default(z.record(z.string(), ruleSetting), {}),
  /** Check plain-text and Markdown documents whose content is recognised as a report. */
  detectContent: z._default(z.boolean(), true),
  /** Department (due 1月31日) or a government's own report (due 3月31日); auto guesses from the title. */
  reportKind: z._default(z.enum(['auto', 'department', 'government']), 'auto'),
  /** The language of messages: auto follows VS Code's display language. */
  locale: z._default(z.enum(['auto', 'zh-cn', 'en']), 'auto'),
  /** Documents larger than this many megabytes (UTF-8) are not analysed: one information diagnostic says so. */
  maxDocumentSize: z._default(z.number().check(z.positive()), 5),
  /** Find the same agency's report of the year before among the workspace's files and check the two together. */
  checkLastYear: z._default(z.boolean(), true),
  trace: z._default(z.object({ server: z._default(z.enum(['off', 'messages', 'verbose']), 'off') }), { server: 'off' }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** zod's English messages (`Invalid option: expected one of …`), for the problems reported. */
const messages = { error: en().localeError };

export interface SettingsProblem {
  /** The setting's full name, e.g. `nianbao.reportKind`. */
  key: string;
  value: unknown;
  message: string;
}

/**
 * Reads what the client sent. Each setting is validated on its own so that one invalid value
 * falls back to its default without taking the valid ones with it; a rule entry with an invalid
 * severity is dropped alone.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const input = isObject(raw) ? raw : {};
  const problems: SettingsProblem[] = [];
  const shape = settingsSchema.shape;
  const field = <K extends keyof Settings>(key: K, schema: z.ZodMiniType<Settings[K]>, value: unknown, name: string): Settings[K] => {
    const result = schema.safeParse(value, messages);
    if (result.success) return result.data;
    problems.push({ key: name, value, message: result.error.issues[0]?.message ?? 'invalid' });
    return defaultSettings[key];
  };

  const rules: Settings['rules'] = {};
  if (input.rules !== undefined && input.rules !== null) {
    if (isObject(input.rules)) {
      for (const [id, value] of Object.entries(input.rules)) {
        const result = ruleSetting.safeParse(value, messages);
        if (result.success) rules[id] = result.data;
        else problems.push({ key: `nianbao.rules["${id}"]`, value, message: result.error.issues[0]?.message ?? 'invalid' });
      }
    } else {
      problems.push({ key: 'nianbao.rules', value: input.rules, message: 'expected an object' });
    }
  }
  const trace = isObject(input.trace) ? input.trace : {};
  return {
    settings: {
      rules,
      detectContent: field('detectContent', shape.detectContent, input.detectContent, 'nianbao.detectContent'),
      reportKind: field('reportKind', shape.reportKind, input.reportKind, 'nianbao.reportKind'),
      locale: field('locale', shape.locale, input.locale, 'nianbao.locale'),
      maxDocumentSize: field('maxDocumentSize', shape.maxDocumentSize, input.maxDocumentSize, 'nianbao.maxDocumentSize'),
      checkLastYear: field('checkLastYear', shape.checkLastYear, input.checkLastYear, 'nianbao.checkLastYear'),
      trace: { server: field('trace', shape.trace, { server: trace.server }, 'nianbao.trace.server').server },
    },
    problems,
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A JSON schema as package.json's `contributes.configuration.properties` holds one per setting. */
export interface SettingSchema {
  type: string;
  enum?: string[];
  default: unknown;
  additionalProperties?: { type: string; enum?: string[] };
}

/**
 * The settings as VS Code names them (`nianbao.trace.server`), each with the type, enum and default
 * the schema gives: what package.json must declare (its descriptions come from package.nls*.json).
 */
export function configurationProperties(): Record<string, SettingSchema> {
  const json = z.toJSONSchema(settingsSchema, { io: 'input' }) as JsonSchema;
  const out: Record<string, SettingSchema> = {};
  const walk = (node: JsonSchema, prefix: string): void => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const name = `${prefix}.${key}`;
      // A nested object without free keys (trace) is a group of settings, not a setting.
      if (child.type === 'object' && child.properties && !child.additionalProperties) {
        walk(child, name);
        continue;
      }
      const entry: SettingSchema = { type: child.type ?? 'string', default: child.default };
      if (child.enum) entry.enum = child.enum;
      if (child.additionalProperties) {
        entry.additionalProperties = { type: child.additionalProperties.type ?? 'string' };
        if (child.additionalProperties.enum) entry.additionalProperties.enum = child.additionalProperties.enum;
      }
      out[name] = entry;
    }
  };
  walk(json, 'nianbao');
  return out;
}

interface JsonSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
}
