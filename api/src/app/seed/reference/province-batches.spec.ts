import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PROVINCE_BATCH, PROVINCE_SHORT_NAMES, titleCaseRegion } from './province-batches';

function readProvinceCsv(): { code: string; name: string }[] {
  const csvPath = join(require.resolve('idn-area-data/package.json'), '..', 'data', 'provinces.csv');
  return readFileSync(csvPath, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code, ...rest] = line.split(',');
      return { code: code.trim(), name: rest.join(',').trim() };
    });
}

describe('province batches', () => {
  it('covers the 38 provinces', () => {
    expect(Object.keys(PROVINCE_BATCH)).toHaveLength(38);
    expect(Object.keys(PROVINCE_SHORT_NAMES)).toHaveLength(38);
  });

  it('gives every province of idn-area-data a batch and a display name', () => {
    const provinces = readProvinceCsv();
    expect(provinces).toHaveLength(38);
    for (const { code } of provinces) {
      expect(['barat', 'tengah', 'timur']).toContain(PROVINCE_BATCH[code]);
      expect(PROVINCE_SHORT_NAMES[code]).toBeTruthy();
    }
  });

  it('puts Kalimantan Tengah in batch tengah', () => {
    expect(PROVINCE_SHORT_NAMES['62']).toBe('Kalimantan Tengah');
    expect(PROVINCE_BATCH['62']).toBe('tengah');
  });
});

describe('titleCaseRegion', () => {
  it('title-cases regency and city names', () => {
    expect(titleCaseRegion('KABUPATEN ACEH SELATAN')).toBe('Kabupaten Aceh Selatan');
    expect(titleCaseRegion('KOTA BANDA ACEH')).toBe('Kota Banda Aceh');
    expect(titleCaseRegion('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe('Kabupaten Pangkajene dan Kepulauan');
  });

  it('keeps acronyms upper case', () => {
    expect(titleCaseRegion('DKI JAKARTA')).toBe('DKI Jakarta');
  });
});
