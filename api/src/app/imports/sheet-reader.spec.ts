import { Workbook } from 'exceljs';
import { readSheet } from './sheet-reader';

async function xlsx(build: (wb: Workbook) => void): Promise<Buffer> {
  const wb = new Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readSheet (XLSX, streamed)', () => {
  it('reads the first worksheet as text: headers normalised, dates as days, rich text joined, empty rows skipped', async () => {
    const file = await xlsx((wb) => {
      const ws = wb.addWorksheet('Butir');
      ws.addRow(['Kode Instansi', 'Tanggal Terbit', 'Judul', 'Jumlah']);
      ws.addRow([
        'PROV-62',
        new Date(Date.UTC(2025, 2, 14)),
        { richText: [{ text: 'Inovasi ' }, { text: 'layanan' }] },
        3,
      ]);
      ws.addRow([]);
      ws.addRow(['  KAB-6201 ', null, 'Kedua', 2.5]);
      wb.addWorksheet('Lain').addRow(['tidak', 'dibaca']);
    });
    const sheet = await readSheet(file, 'xlsx');
    expect(sheet.header).toEqual(['kode_instansi', 'tanggal_terbit', 'judul', 'jumlah']);
    expect(sheet.rows).toEqual([
      { row: 2, values: ['PROV-62', '2025-03-14', 'Inovasi layanan', '3'] },
      { row: 4, values: ['KAB-6201', '', 'Kedua', '2.5'] },
    ]);
  });

  it('refuses formulas in any worksheet, naming the sheet and the cell', async () => {
    const file = await xlsx((wb) => {
      wb.addWorksheet('Butir').addRow(['kode', 'judul']);
      const notes = wb.addWorksheet('Catatan');
      notes.addRow(['a']);
      notes.getCell('B3').value = { formula: '1+2', result: 3 };
    });
    await expect(readSheet(file, 'xlsx')).rejects.toThrow(/formulas \(cell Catatan!B3\)/);
  });

  it('calls a workbook without rows empty, and a broken one unreadable', async () => {
    const empty = await xlsx((wb) => wb.addWorksheet('Kosong'));
    await expect(readSheet(empty, 'xlsx')).rejects.toThrow('The spreadsheet is empty');
    const broken = Buffer.from(empty);
    broken.fill(0, 200, 600);
    await expect(readSheet(broken, 'xlsx')).rejects.toThrow(/could not be read|empty/);
  });
});
