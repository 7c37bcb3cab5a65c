import { csvDelimiter, parseCsv } from './csv-reader';

describe('CSV reader', () => {
  it('reads quoted separators, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z', ',')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  it('keeps blank lines as records so that record n is spreadsheet row n', () => {
    expect(parseCsv('h\n\nv\n', ',')).toEqual([['h'], [''], ['v']]);
  });

  it('refuses a quoted field that is never closed, naming its row', () => {
    expect(() => parseCsv('h\nok\n"open,x\n', ',')).toThrow(/row 3 that is never closed/);
  });

  it('detects the semicolons of an Indonesian-locale Excel export', () => {
    expect(csvDelimiter('kode;"nama, lengkap";skor\n1;2;3')).toBe(';');
    expect(csvDelimiter('kode,nama')).toBe(',');
    expect(csvDelimiter('kode\tnama')).toBe('\t');
  });
});
