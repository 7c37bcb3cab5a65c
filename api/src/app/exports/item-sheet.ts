import { Workbook } from 'exceljs';
import { COLOR_NAMES, COLOR_SYMBOLS, pillarByCode } from '@pantau/domain';
import { toCsv } from './csv';
import { ExportMeta, formatWib } from './export-meta';
import { CELL_FILL, CELL_INK } from './export-style';
import type { ExportedItem, ItemList } from './item-export.service';
import { styleHeader } from './matrix-xlsx';

type Value = string | number | null;

const CADENCE_ID = { weekly: 'Mingguan', monthly: 'Bulanan', quarterly: 'Triwulanan' } as const;
const FOLLOW_UP_ID: Record<string, string> = {
  open: 'Terbuka',
  responded: 'Ditanggapi',
  accepted: 'Diterima',
  rejected: 'Ditolak',
};

/** The first seven columns are the item import's columns (Indonesian headers), so an export can be edited and re-imported. */
const PLAN_COLUMNS: Array<[header: string, width: number, value: (i: ExportedItem) => Value]> = [
  ['Kode Instansi', 14, (i) => i.agencyCode],
  ['Pilar', 24, (i) => pillarByCode(i.pillar).nameId],
  ['Judul', 50, (i) => i.title],
  ['Deskripsi', 50, (i) => i.description],
  ['Frekuensi', 12, (i) => CADENCE_ID[i.cadence]],
  ['Unit Kerja', 28, (i) => i.workUnit],
  ['Kode Kriteria', 12, (i) => i.criterionCode],
  ['Jumlah Publikasi', 11, (i) => i.publications],
  ['Publikasi Terakhir', 13, (i) => i.lastPublishedAt],
];

const RESULT_COLUMNS: typeof PLAN_COLUMNS = [
  ['Warna', 24, (i) => `${COLOR_SYMBOLS[i.color ?? 'grey']} ${COLOR_NAMES[i.color ?? 'grey'].id}`],
  ['Poin', 7, (i) => i.points],
  ['Catatan', 40, (i) => i.note],
  ['Rekomendasi', 40, (i) => i.recommendation],
  ['Penilai', 24, (i) => i.evaluator],
  ['Dinilai Pada', 18, (i) => (i.ratedAt ? new Date(i.ratedAt).toISOString() : null)],
  ['Tindak Lanjut', 12, (i) => (i.followUp ? (FOLLOW_UP_ID[i.followUp] ?? i.followUp) : null)],
];

const columnsOf = (l: ItemList) => (l.withResults ? [...PLAN_COLUMNS, ...RESULT_COLUMNS] : PLAN_COLUMNS);

export function renderItemsCsv(l: ItemList): Buffer {
  const cols = columnsOf(l);
  return toCsv([cols.map(([h]) => h), ...l.items.map((i) => cols.map(([, , v]) => v(i)))]);
}

export async function renderItemsXlsx(l: ItemList, meta: ExportMeta): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = meta.generatedBy;
  wb.created = meta.generatedAt;
  const cols = columnsOf(l);
  const ws = wb.addWorksheet('Butir', { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  ws.columns = cols.map(([, width]) => ({ width }));
  ws.addRow(cols.map(([h]) => h));
  styleHeader(ws);
  const colorColumn = PLAN_COLUMNS.length + 1;
  for (const i of l.items) {
    const row = ws.addRow(cols.map(([, , v]) => v(i)));
    row.alignment = { vertical: 'top', wrapText: true };
    if (l.withResults) {
      const c = i.color ?? 'grey';
      row.getCell(colorColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${CELL_FILL[c]}` } };
      row.getCell(colorColumn).font = { color: { argb: `FF${CELL_INK[c]}` }, bold: true };
    }
  }
  ws.autoFilter = { from: 'A1', to: { row: Math.max(1, ws.rowCount), column: cols.length } };
  const info = wb.addWorksheet('Info');
  info.columns = [{ width: 22 }, { width: 70 }];
  const rows: Array<[string, Value]> = [
    ['Laporan', 'Rencana Aksi Inovasi BerAKHLAK'],
    ['Instansi', `${l.agency.name} (${l.agency.code})`],
    ['Periode', l.period.name],
    ['Jumlah butir', l.items.length],
    ['Penilaian', l.withResults ? 'Ditampilkan' : 'Belum dipublikasikan'],
    ['Dibuat pada', formatWib(meta.generatedAt)],
    ['Dibuat oleh', meta.generatedBy],
  ];
  for (const r of rows) info.addRow(r).getCell(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
