export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'id';

/** Locale ids known to Angular's locale data ('en' is built in, 'id' is registered at start). */
export const LOCALE_OF: Readonly<Record<Lang, string>> = { id: 'id', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
