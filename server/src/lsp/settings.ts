// Settings per resource: asked of the client with workspace/configuration (section `nianbao`,
// scoped to the document), validated with the shared zod schema, cached until the client says
// they changed. Invalid values are reported once and replaced by their defaults. Clients without
// workspace/configuration get what they push in didChangeConfiguration, or the defaults.
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { defaultSettings, validateSettings, type Settings, type SettingsProblem } from '../../../shared/src/settings.ts';
import { ruleSettingKey } from '../ruleSettings.ts';
import type { Lang } from './locale.ts';

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = defaultSettings;
  private readonly reported = new Set<string>();
  /** Bumped on every change, so that analyses made under older settings are recomputed. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    private readonly lang: () => Lang,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.canPull ? this.pull(uri) : Promise.resolve(this.pushed);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: forget what was read; take the pushed settings when we cannot pull. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    this.generation++;
    if (!this.canPull) {
      const section = typeof pushedSettings === 'object' && pushedSettings !== null ? (pushedSettings as Record<string, unknown>).nianbao : undefined;
      this.pushed = this.validated(section);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async pull(uri: string): Promise<Settings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'nianbao' });
      return this.validated(raw);
    } catch (error) {
      this.connection.console.warn(`nianbao: could not read settings for ${uri}: ${String(error)}`);
      return defaultSettings;
    }
  }

  private validated(raw: unknown): Settings {
    const { settings, problems } = validateSettings(raw);
    for (const p of problems) this.report(p);
    // Each id read as the CLI's --rule reads it (a bare group name is the group). One that names no
    // rule would be ignored in silence: said, with the nearest known id.
    const rules: Settings['rules'] = {};
    for (const [id, value] of Object.entries(settings.rules)) {
      const named = ruleSettingKey(id);
      if ('key' in named) {
        rules[named.key] = value;
        continue;
      }
      const zh = this.lang() !== 'en';
      const nearest = named.unknown.nearest;
      const near = nearest ? (zh ? `，是否指“${nearest}”？` : `; did you mean "${nearest}"?`) : '';
      this.report({ key: `nianbao.rules["${id}"]`, value, message: zh ? `没有这条规则${near}` : `there is no such rule${near}` });
    }
    return { ...settings, rules };
  }

  private report(problem: SettingsProblem): void {
    const key = `${problem.key}=${JSON.stringify(problem.value)}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    const value = JSON.stringify(problem.value);
    const text = this.lang() === 'en'
      ? `nianbao: the setting ${problem.key} = ${value} is invalid (${problem.message}); its default is used instead.`
      : `nianbao：设置 ${problem.key} = ${value} 无效（${problem.message}），已改用默认值。`;
    this.connection.console.warn(text);
    // A notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text });
  }
}
