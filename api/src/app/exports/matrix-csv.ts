import { AGENCY_TYPE_NAMES, BATCH_NAMES, MatrixResponse, pillarByCode, scoreColorName } from '@pantau/domain';
import { CsvValue, toCsv } from './csv';
import { ExportMeta, formatWib } from './export-meta';

const TITLE = 'Matriks Evaluasi Rencana Aksi BerAKHLAK';

/** What the other formats print in their header: the report, its scope and filters, who made it and when. */
function preamble(m: MatrixResponse, meta: ExportMeta): CsvValue[][] {
  return [
    ['Laporan', TITLE],
    ['Periode', m.period.name],
    ...meta.filters.map((f) => [f.label, f.value]),
    ['Jumlah instansi', m.rows.length],
    ['Dibuat pada', formatWib(meta.generatedAt)],
    ['Dibuat oleh', meta.generatedBy],
    [],
  ];
}

/**
 * The report lines, a blank line, then one row per agency: Kode, Instansi, Jenis, Wilayah, Indeks, then a score
 * and a colour name per pillar. Scores are numbers (with a decimal comma), so they sort and sum in Excel.
 */
export function renderMatrixCsv(m: MatrixResponse, meta: ExportMeta): Buffer {
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
    ...r.cells.flatMap((c) => [c.score, scoreColorName(c.color, m.period.thresholds).id]),
  ]);
  return toCsv([...preamble(m, meta), header, ...rows]);
}
