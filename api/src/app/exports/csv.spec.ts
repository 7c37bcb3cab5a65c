import { parseCsv } from '../imports/csv-reader';
import { formatNumber, neutralise, parseNumber, toCsv, unneutralise } from './csv';

const HOSTILE = [
  'x;=HYPERLINK("http://evil")',
  'a,-2+3',
  '=1+2',
  '+SUM(1,2)',
  "@cmd|'/c calc'!A0",
  '\t=1+2',
  '\r=1',
  'a; =1',
  'a,\t+1',
  'a\r\n-1',
  'baris satu\n@SUM(A1)',
  'x,"=1',
  'a;b;c,=d',
];

/** Every field a program could see: the text split on any usual separator, spaces and quotes aside. */
const fieldsOf = (text: string) => text.split(/[;,\t\r\n]/).map((f) => f.replace(/^[ "]*/, ''));

describe('CSV dialect', () => {
  it('never lets a hostile cell yield a field starting with a formula character, whichever separator splits it', () => {
    for (const v of HOSTILE) {
      const file = toCsv([
        ['Kode', 'Nama'],
        ['X-1', v],
      ]).toString('utf8');
      const starts = [...fieldsOf(file), ...fieldsOf(parseCsv(file.slice(1), ';')[1]![1]!)].filter((f) =>
        /^[=+\-@]/.test(f),
      );
      expect({ v, starts }).toEqual({ v, starts: [] });
    }
  });

  it('quotes cells holding separators, quotes or line breaks, and leaves plain text as it is', () => {
    const line = (v: string) =>
      toCsv([[v]])
        .toString('utf8')
        .slice(1, -2);
    expect(line('x;=HYPERLINK("http://evil")')).toBe(`"x;'=HYPERLINK(""http://evil"")"`);
    expect(line('a,-2+3')).toBe(`"a,'-2+3"`);
    expect(line('Kabupaten Pohuwato - Gorontalo')).toBe('Kabupaten Pohuwato - Gorontalo');
    expect(line('dua\r\nbaris')).toBe('"dua\r\nbaris"');
  });

  it('gives back the original text when the importer undoes the neutralising', () => {
    for (const v of HOSTILE) expect(unneutralise(neutralise(v))).toBe(v);
  });

  it('writes numbers with a decimal comma, not neutralised, and reads both decimal marks', () => {
    expect(toCsv([[72.5, -2.25, 3, null, 'Kode']]).toString('utf8')).toBe('\uFEFF72,5;-2,25;3;;Kode\r\n');
    expect([parseNumber('72,5'), parseNumber('72.5'), parseNumber(' -3 '), parseNumber('1.234,5')]).toEqual([
      72.5,
      72.5,
      -3,
      undefined,
    ]);
    expect(formatNumber(0.1)).toBe('0,1');
  });

  it('keeps Indonesian text with accents as UTF-8 behind a BOM, without a sep= line', () => {
    const file = toCsv([['Nama'], ['Dinas Pariwisata — Kafe “Sélera Nusantara” & Crème']]);
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(file.toString('utf8')).not.toMatch(/sep=/);
    expect(parseCsv(file.toString('utf8').slice(1), ';')[1]).toEqual([
      'Dinas Pariwisata — Kafe “Sélera Nusantara” & Crème',
    ]);
  });
});
