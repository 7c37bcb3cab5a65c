import { ERROR_CODES, errorParamKinds, VALIDATED_FIELDS, VALIDATION_RULES } from '@pantau/domain';
import { EN } from './en';
import { ID } from './id';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const missing = (keys: string[]) =>
  [ID, EN].flatMap((dict, i) => keys.filter((k) => !(k in dict)).map((k) => `${['id', 'en'][i]}: ${k}`));

describe('the words for every API error', () => {
  it('has an Indonesian and an English text for every error code', () => {
    expect(missing(ERROR_CODES.map((code) => `error.${code}`))).toEqual([]);
  });

  it('uses only params that the code always carries', () => {
    const strays = ERROR_CODES.flatMap((code) => {
      const always = Object.entries(errorParamKinds(code))
        .filter(([, kind]) => !kind.endsWith('?'))
        .map(([name]) => name);
      return [ID, EN].flatMap((dict) => {
        const text = (dict as Record<string, string>)[`error.${code}`] ?? '';
        return placeholders(text)
          .filter((p) => !always.includes(p))
          .map((p) => `${code}: {${p}}`);
      });
    });
    expect(strays).toEqual([]);
  });

  it('words every validation rule and names every validated field', () => {
    expect(missing(VALIDATION_RULES.map((rule) => `validation.${rule}`))).toEqual([]);
    expect(missing(VALIDATED_FIELDS.map((field) => `field.${field}`))).toEqual([]);
  });

  it('has no words for codes the API does not answer', () => {
    const known = new Set(ERROR_CODES.map((code) => `error.${code}`));
    expect(Object.keys(ID).filter((k) => k.startsWith('error.') && !known.has(k))).toEqual([]);
  });
});
