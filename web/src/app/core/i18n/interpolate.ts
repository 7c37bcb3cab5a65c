export type TranslateParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; unknown placeholders stay visible so gaps are noticed. */
export function interpolate(text: string, params?: TranslateParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
