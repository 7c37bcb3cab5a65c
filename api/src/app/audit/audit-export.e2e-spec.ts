import { Workbook } from 'exceljs';
import { AUDIT_EXPORT_MAX_ROWS } from '@pantau/domain';
import { createTestApp, TestApp } from '../../testing/test-app';

const BOM = '\uFEFF';

/** The CSV's lines, without the BOM, split on CRLF; the separator is read from the header. */
function csvLines(text: string): { header: string; data: string[]; tail: string[]; separator: string } {
  const lines = text.replace(BOM, '').split('\r\n');
  expect(lines.pop()).toBe('');
  const blank = lines.indexOf('');
  const header = lines[0]!;
  return {
    header,
    separator: header.charAt('Waktu (WIB)'.length),
    data: lines.slice(1, blank),
    tail: lines.slice(blank + 1),
  };
}

const binary = (
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  done: (e: Error | null, b: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('audit trail exports', () => {
  let t: TestApp;
  let admin: string;
  let evaluator: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** The newest audit event, which an export writes about itself. */
  const lastEvent = async () =>
    (await t.db.query(`SELECT action, username, after FROM audit_event ORDER BY id DESC LIMIT 1`))[0];

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    admin = await t.login('admin');
    evaluator = await t.login('evaluator');
    await t.login('kalteng');
    // Ratings in two batches: Tengah (the evaluator's) and Timur (not his).
    await t.db.query(
      `INSERT INTO audit_event (at, username, action, entity_type, entity_id, agency_id, period_id, after)
       SELECT now() - make_interval(mins => n), 'evaluator', 'rating.created', 'item', i.id::text, i.agency_id, 2,
              jsonb_build_object('color', 'green', 'note', 'dari ' || a.batch_code)
       FROM (SELECT DISTINCT ON (a.batch_code) i.id, i.agency_id FROM plan_item i JOIN agency a ON a.id = i.agency_id
             WHERE a.batch_code IN ('tengah', 'timur') AND i.period_id = 2 ORDER BY a.batch_code, i.id) i
       JOIN agency a ON a.id = i.agency_id
       CROSS JOIN generate_series(1, 3) n`,
    );
  });
  afterAll(() => t.close());

  it('exports the filtered events as CSV, states the cap, and records the export itself', async () => {
    const where = `action LIKE 'rating.%'`;
    const expected = await t.db.query(
      `SELECT request_id, entity_id FROM audit_event WHERE ${where} ORDER BY at DESC, id DESC`,
    );
    expect(expected.length).toBe(6);
    const res = await t.http.get('/api/audit.csv?action=rating.').set(auth(admin)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="jejak-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.text.startsWith(BOM)).toBe(true);
    const csv = csvLines(res.text);
    expect(csv.header.split(csv.separator)).toEqual([
      'Waktu (WIB)',
      'Waktu (UTC)',
      'Pengguna',
      'Aksi',
      'Jenis Objek',
      'ID Objek',
      'Objek',
      'Instansi',
      'Periode',
      'ID Permintaan',
      'Sebelum',
      'Sesudah',
    ]);
    expect(csv.data).toHaveLength(6);
    expect(csv.data.map((l) => l.split(csv.separator)[5])).toEqual(
      expected.map((e: { entity_id: string }) => e.entity_id),
    );
    expect(csv.tail).toEqual([
      expect.stringContaining(`memuat 6 dari 6 kejadian yang cocok; satu ekspor memuat paling banyak 20.000`),
    ]);
    expect(await lastEvent()).toEqual({
      action: 'export.audit',
      username: 'admin',
      after: { format: 'csv', filters: { action: 'rating.' }, rows: 6, matched: 6, cap: AUDIT_EXPORT_MAX_ROWS },
    });
  });

  it('exports the same events as an Excel workbook with the filters and the cap on its Info sheet', async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE period_id = 2`);
    expect(n).toBeGreaterThan(0);
    const res = await t.http
      .get('/api/audit.xlsx?periodId=2')
      .set(auth(admin))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const sheet = wb.getWorksheet('Jejak Audit')!;
    expect(sheet.rowCount).toBe(n + 1);
    expect(sheet.getRow(2).getCell(4).value).toBe('rating.created');
    expect(sheet.getRow(2).getCell(9).value).toBe('Evaluasi Rencana Aksi BerAKHLAK 2025');
    const info = new Map<string, unknown>();
    wb.getWorksheet('Info')!.eachRow((row) => info.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(info.get('Filter: Periode')).toBe('Evaluasi Rencana Aksi BerAKHLAK 2025 (2)');
    expect(info.get('Kejadian dalam berkas')).toBe(n);
    expect(info.get('Batas ekspor')).toMatch(/paling banyak 20\.000 kejadian terbaru/);
    expect((await lastEvent()).after).toMatchObject({ format: 'xlsx', filters: { periodId: 2 }, rows: n });
  });

  it("gives an evaluator only his agencies' events in a file, as in the list", async () => {
    const res = await t.http.get('/api/audit.csv?action=rating.created').set(auth(evaluator)).expect(200);
    const csv = csvLines(res.text);
    expect(csv.data).toHaveLength(3);
    expect(csv.data.every((l) => l.includes('dari tengah'))).toBe(true);
    expect(await lastEvent()).toMatchObject({ username: 'evaluator', after: { rows: 3, matched: 3 } });
  });

  it('holds at most the cap, the newest events, and says how many matched', async () => {
    const extra = 5;
    await t.db.query(
      `INSERT INTO audit_event (at, action, entity_type, entity_id)
       SELECT now() - make_interval(secs => n), 'test.bulk', 'test', n::text FROM generate_series(1, $1) n`,
      [AUDIT_EXPORT_MAX_ROWS + extra],
    );
    const res = await t.http.get('/api/audit.csv?action=test.bulk').set(auth(admin)).expect(200);
    const csv = csvLines(res.text);
    expect(csv.data).toHaveLength(AUDIT_EXPORT_MAX_ROWS);
    expect(csv.data[0]!.split(csv.separator)[5]).toBe('1');
    expect(csv.data.at(-1)!.split(csv.separator)[5]).toBe(String(AUDIT_EXPORT_MAX_ROWS));
    expect(csv.tail[0]).toMatch(/memuat 20\.000 dari 20\.005 kejadian yang cocok;.*persempit filternya/);
    expect((await lastEvent()).after).toMatchObject({
      rows: AUDIT_EXPORT_MAX_ROWS,
      matched: AUDIT_EXPORT_MAX_ROWS + extra,
    });
  });
});
