import { Workbook } from 'exceljs';
import { AgencyType, Batch, CellColor, colorForScore, MatrixResponse, PILLAR_CODES } from '@pantau/domain';
import { describeFilters, ExportMeta, matrixFileName } from './export-meta';
import { renderMatrixCsv } from './matrix-csv';
import { renderMatrixPdf } from './matrix-pdf';
import { matrixTotals } from './matrix-totals';
import { renderMatrixXlsx } from './matrix-xlsx';

function matrix(n: number, name = (i: number) => `Kabupaten Contoh ${i}`): MatrixResponse {
  const t = { green: 80, yellow: 50 };
  const rows = Array.from({ length: n }, (_, i) => {
    const cells = PILLAR_CODES.map((pillar, k) => {
      const score = (i + k) % 7 === 0 ? null : (i * 13 + k * 29) % 101;
      const color: CellColor = colorForScore(score, t);
      return { pillar, score, color, red: 1, yellow: 2, green: 3, grey: score === null ? 6 : 0 };
    });
    const index = i % 11 === 0 ? null : ((i * 7) % 100) + 0.5;
    return {
      agency: {
        id: i + 1,
        code: `KAB-${1000 + i}`,
        name: name(i),
        type: 'kabupaten' as AgencyType,
        batch: 'timur' as Batch,
        parentId: null,
      },
      index,
      color: colorForScore(index, t),
      cells,
    };
  });
  return {
    period: {
      id: 2,
      name: 'Evaluasi Rencana Aksi BerAKHLAK 2025',
      year: 2025,
      state: 'evaluation',
      thresholds: t,
      instrumentVersion: '2025.1',
      instrumentFrozen: true,
      followUpDays: 30,
      followUpOnYellow: false,
      allowedTransitions: ['published'],
    },
    pillars: [...PILLAR_CODES],
    rows,
    total: n,
  };
}

const meta: ExportMeta = {
  generatedAt: new Date('2025-06-01T03:00:00Z'),
  generatedBy: 'Admin (admin)',
  filters: describeFilters({ batch: 'timur' }),
};

describe('matrix renderers', () => {
  it('writes a CSV for Indonesian Excel: BOM, the report lines, the table with decimal commas, formulas neutralised', () => {
    const m = matrix(3, (i) => (i === 1 ? '=HYPERLINK("http://x")' : `Kota ${i}`));
    const csv = renderMatrixCsv(m, meta).toString('utf8');
    expect(csv.startsWith('\uFEFFLaporan;Matriks Evaluasi Rencana Aksi BerAKHLAK\r\n')).toBe(true);
    expect(csv).not.toMatch(/^sep=/m);
    const lines = csv.split('\r\n');
    expect(lines.slice(1, 3)).toEqual(['Periode;Evaluasi Rencana Aksi BerAKHLAK 2025', 'Wilayah;Timur']);
    const table = lines.indexOf('');
    expect(lines[table + 1]).toMatch(/^Kode;Instansi;Jenis;Wilayah;Indeks;Berorientasi Pelayanan \(Skor\);/);
    expect(lines.slice(table + 2).filter(Boolean)).toHaveLength(3);
    expect(lines[table + 3]).toContain(`;"'=HYPERLINK(""http://x"")";`);
    // Agency 1's index is 7.5 and its first pillar scores 13: a decimal comma, an integer as it is.
    expect(lines[table + 3]).toMatch(/;Kabupaten;Timur;7,5;13;/);
    expect(lines[table + 2]).toMatch(/^KAB-1000;Kota 0;Kabupaten;Timur;;/);
  });

  it('averages agencies, not items, in the totals row', () => {
    const t = matrixTotals(matrix(4));
    expect(t.agencies).toBe(4);
    expect(t.items.red).toBe(4 * 8);
    expect(t.index).toBe(14.5); // (7.5 + 14.5 + 21.5) / 3: the unrated agency is left out
  });

  it('writes a workbook with a frozen, coloured matrix, a legend and the metadata', async () => {
    const wb = new Workbook();
    await wb.xlsx.load((await renderMatrixXlsx(matrix(5), meta)) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matriks', 'Rincian', 'Keterangan', 'Info']);
    const ws = wb.getWorksheet('Matriks')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(ws.getCell('B2').value).toBe('Kabupaten Contoh 0');
    const cell = ws.getCell('F3');
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toMatch(/^"[✓!✕] "0\.0$/);
    expect((cell.fill as { fgColor: { argb: string } }).fgColor.argb).toMatch(/^FF(C6EFCE|FFEB9C|FFC7CE)$/);
    expect(ws.autoFilter).toBe('A1:M6');
    expect(wb.getWorksheet('Rincian')!.autoFilter).toBe('A1:I41');
    expect(wb.getWorksheet('Rincian')!.rowCount).toBe(41);
    // A cell's colour names the band of its score, not what an item's colour says (missing, weak, complete).
    const legendRows = wb
      .getWorksheet('Keterangan')!
      .getSheetValues()
      .slice(2, 6)
      .map((r) => (r as unknown[]).slice(2));
    expect(legendRows).toContainEqual(['Merah', 'skor di bawah 50 %', 'Red (score under 50%)']);
    const details = wb.getWorksheet('Rincian')!.getColumn(5).values.slice(2).map(String);
    expect(details.every((c) => /^(Hijau|Kuning|Merah) \(skor |^Abu-abu \(belum/.test(c))).toBe(true);
    const info = wb.getWorksheet('Info')!.getColumn(2).values.map(String);
    expect(info).toEqual(expect.arrayContaining(['Evaluasi Rencana Aksi BerAKHLAK 2025', 'Timur', 'Admin (admin)']));
  });

  it('renders the national matrix as a multi-page PDF', async () => {
    const pdf = await renderMatrixPdf(matrix(632), meta);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(10);
  });

  it('names files after the period and the filters', () => {
    expect(matrixFileName(2025, { batch: 'timur' }, 'xlsx')).toBe('matriks-berakhlak-2025-timur.xlsx');
    expect(matrixFileName(2025, { type: 'provinsi', province: '62', q: 'Kalimantan Tengah!' }, 'pdf')).toBe(
      'matriks-berakhlak-2025-provinsi-prov-62-kalimantan-tengah.pdf',
    );
  });
});
