import { PassThrough } from 'node:stream';
import { Cell, stream, Workbook, Worksheet } from 'exceljs';
import {
  AGENCY_TYPE_NAMES,
  BATCH_NAMES,
  CellColor,
  COLOR_SYMBOLS,
  MatrixResponse,
  MAX_POINTS_PER_ITEM,
  RATING_POINTS,
  PERIOD_STATE_NAMES,
  PILLARS,
  pillarByCode,
  scoreColorName,
} from '@pantau/domain';
import { ExportMeta, formatWib } from './export-meta';
import { CELL_FILL, CELL_INK, HEADER_FILL, legend } from './export-style';
import { matrixTotals } from './matrix-totals';

const FIXED = ['Kode', 'Instansi', 'Jenis', 'Wilayah', 'Indeks'];

/** The score stays a number (sortable, summable); the format shows the colour's symbol before it. */
export function paintScore(cell: Cell, score: number | null, color: CellColor, bold = false): void {
  cell.value = score ?? `${COLOR_SYMBOLS.grey} belum dinilai`;
  cell.numFmt = `"${COLOR_SYMBOLS[color]} "0.0`;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${CELL_FILL[color]}` } };
  cell.font = { color: { argb: `FF${CELL_INK[color]}` }, bold };
  cell.alignment = { horizontal: 'center' };
}

export function styleHeader(ws: Worksheet): void {
  const header = ws.getRow(1);
  header.height = 42;
  header.eachCell((c) => {
    c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_FILL}` } };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function matrixSheet(wb: Workbook, m: MatrixResponse): void {
  const ws = wb.addWorksheet('Matriks', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  ws.columns = [14, 42, 13, 10, 11, ...m.pillars.map(() => 13)].map((width) => ({ width }));
  ws.addRow([...FIXED, ...m.pillars.map((p) => pillarByCode(p).nameId)]);
  styleHeader(ws);
  for (const r of m.rows) {
    const row = ws.addRow([
      r.agency.code,
      r.agency.name,
      AGENCY_TYPE_NAMES[r.agency.type].id,
      BATCH_NAMES[r.agency.batch].id,
    ]);
    paintScore(row.getCell(5), r.index, r.color, true);
    r.cells.forEach((c, i) => paintScore(row.getCell(6 + i), c.score, c.color));
    row.commit();
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: m.rows.length + 1, column: FIXED.length + m.pillars.length },
  };
  const totals = matrixTotals(m);
  ws.addRow([]);
  const row = ws.addRow(['', `Rata-rata (${totals.agencies} instansi)`]);
  row.font = { bold: true };
  paintScore(row.getCell(5), totals.index, totals.color, true);
  totals.cells.forEach((c, i) => paintScore(row.getCell(6 + i), c.score, c.color, true));
}

/** Every cell's counts beside its colour, one line per agency and pillar, for analysts who filter and pivot. */
function detailSheet(wb: Workbook, m: MatrixResponse): void {
  const ws = wb.addWorksheet('Rincian', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [14, 42, 26, 10, 20, 9, 9, 9, 14].map((width) => ({ width }));
  ws.addRow(['Kode', 'Instansi', 'Pilar', 'Skor', 'Warna', 'Merah', 'Kuning', 'Hijau', 'Belum dinilai']);
  styleHeader(ws);
  for (const r of m.rows) {
    for (const c of r.cells) {
      const row = ws.addRow([
        r.agency.code,
        r.agency.name,
        pillarByCode(c.pillar).nameId,
        c.score,
        scoreColorName(c.color, m.period.thresholds).id,
        c.red,
        c.yellow,
        c.green,
        c.grey,
      ]);
      row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${CELL_FILL[c.color]}` } };
      row.commit();
    }
  }
  ws.autoFilter = { from: 'A1', to: { row: 1 + m.rows.length * m.pillars.length, column: 9 } };
}

function legendSheet(wb: Workbook, m: MatrixResponse): void {
  const ws = wb.addWorksheet('Keterangan');
  ws.columns = [10, 26, 36, 40].map((width) => ({ width }));
  ws.addRow(['Simbol', 'Warna', 'Aturan', 'Arti']);
  styleHeader(ws);
  for (const e of legend(m.period.thresholds)) {
    const row = ws.addRow([e.symbol, e.name, e.rule, scoreColorName(e.color, m.period.thresholds).en]);
    row.getCell(1).alignment = { horizontal: 'center' };
    for (const i of [1, 2]) {
      row.getCell(i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${CELL_FILL[e.color]}` } };
      row.getCell(i).font = { color: { argb: `FF${CELL_INK[e.color]}` }, bold: true };
    }
  }
  ws.addRow([]);
  ws.addRow(['Singkatan', 'Pilar', 'Kode', 'Pillar (English)']).font = { bold: true };
  for (const p of PILLARS) ws.addRow([p.short, p.nameId, p.code, p.nameEn]);
  ws.addRow([]);
  ws.addRow([
    '',
    `Skor pilar = poin / (${MAX_POINTS_PER_ITEM} × butir dinilai); hijau ${RATING_POINTS.green}, ` +
      `kuning ${RATING_POINTS.yellow}, merah ${RATING_POINTS.red}; butir belum dinilai tidak dihitung.`,
  ]);
  ws.addRow(['', 'Indeks instansi = rata-rata skor pilarnya; rata-rata = rata-rata nilai instansi.']);
}

function infoSheet(wb: Workbook, m: MatrixResponse, meta: ExportMeta): void {
  const ws = wb.addWorksheet('Info');
  ws.columns = [{ width: 22 }, { width: 70 }];
  const rows: Array<[string, string | number]> = [
    ['Laporan', 'Matriks Evaluasi Rencana Aksi BerAKHLAK'],
    ['Periode', m.period.name],
    ['Status periode', PERIOD_STATE_NAMES[m.period.state].id],
    ...meta.filters.map((f): [string, string] => [f.label === 'Cakupan' ? f.label : `Filter: ${f.label}`, f.value]),
    ['Jumlah instansi', m.rows.length],
    ['Ambang batas', `hijau ≥ ${m.period.thresholds.green}%, kuning ≥ ${m.period.thresholds.yellow}%`],
    ['Dibuat pada', formatWib(meta.generatedAt)],
    ['Dibuat pada (UTC)', meta.generatedAt.toISOString()],
    ['Dibuat oleh', meta.generatedBy],
  ];
  for (const r of rows) ws.addRow(r).getCell(1).font = { bold: true };
}

/**
 * The matrix as a workbook: coloured matrix, per-cell counts, legend, and who generated it with which filters.
 * Written row by row through ExcelJS's streaming writer: the in-memory workbook of the national matrix took
 * 90 MB of heap, the stream takes little more than the file.
 */
export async function renderMatrixXlsx(m: MatrixResponse, meta: ExportMeta): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = meta.generatedBy;
  wb.created = meta.generatedAt;
  wb.title = `Matriks BerAKHLAK ${m.period.name}`;
  const sheets = wb as unknown as Workbook;
  matrixSheet(sheets, m);
  detailSheet(sheets, m);
  legendSheet(sheets, m);
  infoSheet(sheets, m, meta);
  await wb.commit();
  return Buffer.concat(chunks);
}
