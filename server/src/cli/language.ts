// Which language the CLI speaks: --lang, else the environment's locale; Chinese unless the
// locale is English (the users are Chinese civil servants and evaluators).
export type Language = 'zh' | 'en';

export function languageOf(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  if (flag === 'zh' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}

/** "无法读取：原因" / "cannot read: why": a label and what follows it, with the colon of the language. */
export function labelled(language: Language, label: { zh: string; en: string }, text: string): string {
  return language === 'zh' ? `${label.zh}：${text}` : `${label.en}: ${text}`;
}
