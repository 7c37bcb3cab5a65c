import { ERROR_CATALOGUE, ERROR_CODES, ErrorParams, isErrorCode } from './errors';

describe('error catalogue', () => {
  it('names every code in kebab-case', () => {
    const notKebab = ERROR_CODES.filter((c) => !/^[a-z]+(-[a-z]+)*$/.test(c));
    expect(notKebab).toEqual([]);
  });

  it('lists every code of the catalogue once', () => {
    expect(new Set(ERROR_CODES).size).toBe(Object.keys(ERROR_CATALOGUE).length);
  });

  it('knows its codes and nothing else', () => {
    expect(isErrorCode('upload-too-large')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(404)).toBe(false);
  });

  it('types the params of each code', () => {
    const tooLarge: ErrorParams['upload-too-large'] = { limitBytes: 4096, limit: '4 KB' };
    const notFound: ErrorParams['period-not-found'] = {};
    // @ts-expect-error a code without params takes none
    const wrong: ErrorParams['period-not-found'] = { id: 1 };
    const bomb: ErrorParams['upload-compression-bomb'] = { part: 'xl/workbook.xml', declared: 10 };
    expect([tooLarge, notFound, wrong, bomb]).toHaveLength(4);
  });
});
