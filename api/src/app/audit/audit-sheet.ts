import { PassThrough } from 'node:stream';
import { stream, Workbook, Worksheet } from 'exceljs';
import { AUDIT_EXPORT_MAX_ROWS } from '@pantau/domain';
import type { AuditEventView } from '@pantau/domain';
import { toCsv } from '../exports/csv';
import { ExportMeta, formatWib } from '../exports/export-meta';
import { styleHeader } from '../exports/matrix-xlsx';

/** An Excel cell holds at most 32,767 characters. */
const CELL_MAX = 32_000;

const jakarta = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Jakarta',
  dateStyle: 'short',
  timeStyle: 'medium',
});
const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

const COLUMNS: Array<[header: string, width: number, value: (e: AuditEventView) => string | null]> = [
  ['Waktu (WIB)', 20, (e) => jakarta.format(new Date(e.at))],
  ['Waktu (UTC)', 25, (e) => e.at],
  ['Pengguna', 18, (e) => e.username],
  ['Aksi', 24, (e) => e.action],
  ['Jenis Objek', 12, (e) => e.entityType],
  ['ID Objek', 10, (e) => e.entityId],
  ['Objek', 40, (e) => e.subject],
  ['Instansi', 36, (e) => e.agencyName],
  ['Periode', 30, (e) => e.periodName],
  ['ID Permintaan', 20, (e) => e.requestId],
  ['Sebelum', 50, (e) => json(e.before)],
  ['Sesudah', 50, (e) => json(e.after)],
];

/** How many events the file holds out of how many matched, and the cap: printed in every audit export. */
export interface AuditExportSummary {
  rows: number;
  matched: number;
}

export function capStatement(s: AuditExportSummary): string {
  const n = (x: number) => x.toLocaleString('id-ID');
  const held = `Berkas ini memuat ${n(s.rows)} dari ${n(s.matched)} kejadian yang cocok`;
  return `${held}; satu ekspor memuat paling banyak ${n(AUDIT_EXPORT_MAX_ROWS)} kejadian terbaru${
    s.rows < s.matched ? ': persempit filternya (periode, tanggal) untuk sisanya' : ''
  }.`;
}

/** Receives the events batch by batch, newest first, and makes the file at the end. */
export interface AuditSheetWriter {
  add(rows: readonly AuditEventView[]): void;
  finish(summary: AuditExportSummary, meta: ExportMeta): Promise<Buffer>;
}

/** CSV in the exports' dialect; after the events, a blank line and the cap statement. */
export function auditCsvWriter(): AuditSheetWriter {
  const lines: Array<Array<string | null>> = [COLUMNS.map(([h]) => h)];
  return {
    add: (rows) => {
      for (const e of rows) lines.push(COLUMNS.map(([, , v]) => v(e)));
    },
    finish: async (summary) => toCsv([...lines, [], [capStatement(summary)]]),
  };
}

/** XLSX through ExcelJS's streaming writer: each batch is written out as it arrives. */
export function auditXlsxWriter(): AuditSheetWriter {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheets = wb as unknown as Workbook;
  const ws: Worksheet = sheets.addWorksheet('Jejak Audit', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map(([, width]) => ({ width }));
  ws.addRow(COLUMNS.map(([h]) => h));
  styleHeader(ws);
  let count = 0;
  return {
    add: (rows) => {
      for (const e of rows) {
        const row = ws.addRow(COLUMNS.map(([, , v]) => clip(v(e))));
        row.alignment = { vertical: 'top' };
        row.commit();
      }
      count += rows.length;
    },
    finish: async (summary, meta) => {
      ws.autoFilter = { from: 'A1', to: { row: count + 1, column: COLUMNS.length } };
      ws.commit();
      wb.creator = meta.generatedBy;
      wb.created = meta.generatedAt;
      infoSheet(sheets, summary, meta);
      await wb.commit();
      return Buffer.concat(chunks);
    },
  };
}

function clip(text: string | null): string | null {
  return text !== null && text.length > CELL_MAX ? `${text.slice(0, CELL_MAX)}…` : text;
}

function infoSheet(wb: Workbook, s: AuditExportSummary, meta: ExportMeta): void {
  const ws = wb.addWorksheet('Info');
  ws.columns = [{ width: 24 }, { width: 90 }];
  const rows: Array<[string, string | number]> = [
    ['Laporan', 'Jejak Audit Pantau BerAKHLAK'],
    ...meta.filters.map((f): [string, string] => [`Filter: ${f.label}`, f.value]),
    ['Kejadian dalam berkas', s.rows],
    ['Kejadian yang cocok', s.matched],
    ['Batas ekspor', capStatement(s)],
    ['Dibuat pada', formatWib(meta.generatedAt)],
    ['Dibuat pada (UTC)', meta.generatedAt.toISOString()],
    ['Dibuat oleh', meta.generatedBy],
  ];
  for (const r of rows) {
    const row = ws.addRow(r);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  ws.commit();
}
