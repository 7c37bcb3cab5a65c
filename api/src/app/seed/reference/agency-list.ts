import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AgencyType, Batch } from '@pantau/domain';
import { CENTRAL_AGENCIES } from './central-agencies';
import { PROVINCE_BATCH, PROVINCE_SHORT_NAMES, titleCaseRegion } from './province-batches';

export interface AgencySeed {
  code: string;
  name: string;
  type: AgencyType;
  batch: Batch;
  provinceCode: string | null;
  /** A work unit or sub-agency points at the agency it belongs to. */
  parentCode?: string | null;
}

function readCsv(file: string): string[][] {
  const dir = dirname(require.resolve('idn-area-data/package.json'));
  return readFileSync(join(dir, 'data', file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/** The national programme: central ministries and agencies, 38 provinces and 514 regencies/cities. */
export function nationalAgencies(): AgencySeed[] {
  const central: AgencySeed[] = CENTRAL_AGENCIES.map((a) => ({
    code: a.code,
    name: a.name,
    type: a.type,
    batch: 'pusat',
    provinceCode: null,
  }));
  const provinces: AgencySeed[] = readCsv('provinces.csv').map(([code]) => ({
    code: `PROV-${code}`,
    name: `Provinsi ${PROVINCE_SHORT_NAMES[code!]}`,
    type: 'provinsi',
    batch: PROVINCE_BATCH[code!]!,
    provinceCode: code!,
  }));
  const regions: AgencySeed[] = readCsv('regencies.csv').map(([code, province, name]) => {
    const city = name!.startsWith('KOTA ');
    return {
      code: `${city ? 'KOTA' : 'KAB'}-${code}`,
      name: titleCaseRegion(name!),
      type: city ? 'kota' : 'kabupaten',
      batch: PROVINCE_BATCH[province!]!,
      provinceCode: province!,
    };
  });
  return [...central, ...provinces, ...regions];
}
