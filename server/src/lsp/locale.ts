// Which language the server speaks to a client: the `nianbao.locale` setting, or, on auto, the
// client's display language (Chinese unless the client runs in English, as the product is for
// Chinese reports first).
import type { Message } from '../engine/model.ts';
import type { Settings } from '../../../shared/src/settings.ts';

export type Lang = 'zh' | 'en';

export function langOf(setting: Settings['locale'], clientLocale: string | undefined): Lang {
  if (setting === 'zh-cn') return 'zh';
  if (setting === 'en') return 'en';
  return clientLocale && /^en\b/i.test(clientLocale) ? 'en' : 'zh';
}

export function say(message: Message, lang: Lang): string {
  return message[lang];
}

/** A message in both languages, for the server's own strings. */
export function msg(zh: string, en: string): Message {
  return { zh, en };
}
