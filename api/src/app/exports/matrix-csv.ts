import { AGENCY_TYPE_NAMES, BATCH_NAMES, COLOR_NAMES, MatrixResponse, pillarByCode } from '@pantau/domain';
import { toCsv } from './csv';

/** One row per agency: Kode, Instansi, Jenis, Wilayah, Indeks, then a score and a colour name per pillar. */
export function renderMatrixCsv(m: MatrixResponse): Buffer {
  const header = [
    'Kode',
    'Instansi',
    'Jenis',
    'Wilayah',
    'Indeks',
    ...m.pillars.flatMap((p) => [`${pillarByCode(p).nameId} (Skor)`, `${pillarByCode(p).nameId} (Warna)`]),
  ];
  const rows = m.rows.map((r) => [
    r.agency.code,
    r.agency.name,
    AGENCY_TYPE_NAMES[r.agency.type].id,
    BATCH_NAMES[r.agency.batch].id,
    r.index,
    ...r.cells.flatMap((c) => [c.score, COLOR_NAMES[c.color].id]),
  ]);
  return toCsv([header, ...rows]);
}
