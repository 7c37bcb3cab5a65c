import { Readable } from 'node:stream';
import { Workbook } from 'exceljs';
import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Collects a binary response body as a Buffer. */
function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** Parses CSV back with exceljs's own reader, as a spreadsheet program would. */
async function parseCsv(body: Buffer): Promise<string[][]> {
  const wb = new Workbook();
  const ws = await wb.csv.read(Readable.from([body.toString('utf8').replace(/^\uFEFF/, '')]), {
    map: (v: unknown) => v,
  } as never);
  const rows: string[][] = [];
  ws.eachRow((r) => rows.push((r.values as string[]).slice(1)));
  return rows;
}

// The root Jest config runs projects, where a project's testTimeout is not applied; these flows need more than 5 s.
jest.setTimeout(60_000);

describe('exports', () => {
  let t: TestApp;
  let admin: string;
  let kaltengId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (path: string, token = admin) => t.http.get(path).set(auth(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_LIMIT_PER_ADDRESS: '1000' });
    admin = await t.login('admin');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  describe('matrix', () => {
    it('exports CSV that parses back: BOM, header, one row per agency, the same values as the screen', async () => {
      const res = await get('/api/periods/1/matrix.csv').expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="matriks-berakhlak-2024.csv"');
      expect(res.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header, ...rows] = await parseCsv(res.body);
      expect(header!.slice(0, 7)).toEqual([
        'Kode',
        'Instansi',
        'Jenis',
        'Wilayah',
        'Indeks',
        'Berorientasi Pelayanan (Skor)',
        'Berorientasi Pelayanan (Warna)',
      ]);
      expect(header).toHaveLength(5 + 16);
      expect(rows).toHaveLength(632);
      const screen = await t.http.get('/api/periods/1/matrix?q=PROV-62').set(auth(admin)).expect(200);
      const kalteng = rows.find((r) => r[0] === 'PROV-62')!;
      expect(kalteng[1]).toBe('Provinsi Kalimantan Tengah');
      expect(Number(kalteng[4])).toBe(screen.body.rows[0].index);
      expect(kalteng[6]).toMatch(/^(Hijau|Kuning|Merah) \(/);
    });

    it('neutralises text that a spreadsheet would run as a formula', async () => {
      await t.db.query(`UPDATE agency SET name = '=HYPERLINK("http://evil.example","klik")' WHERE code = 'KAB-62.01'`);
      const res = await get('/api/periods/1/matrix.csv?q=KAB-62.01').expect(200);
      const [, row] = await parseCsv(res.body);
      expect(row![1]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    });

    it('exports a workbook with only the filtered batch, styled with symbols, a legend and the metadata', async () => {
      const res = await get('/api/periods/2/matrix.xlsx?batch=timur&sort=-index').expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="matriks-berakhlak-2025-timur.xlsx"');
      const wb = new Workbook();
      await wb.xlsx.load(res.body as never);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Matriks', 'Rincian', 'Keterangan', 'Info']);
      const ws = wb.getWorksheet('Matriks')!;
      const screen = await t.http.get('/api/periods/2/matrix?batch=timur&pageSize=1000').set(auth(admin)).expect(200);
      const codes: string[] = [];
      ws.eachRow((r, n) => n > 1 && r.getCell(4).value && codes.push(String(r.getCell(1).value)));
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.sort()).toEqual(screen.body.rows.map((r: { agency: { code: string } }) => r.agency.code).sort());
      ws.eachRow((r, n) => n > 1 && n <= codes.length + 1 && expect(r.getCell(4).value).toBe('Timur'));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
      expect(ws.getCell('F2').numFmt).toMatch(/^"[✓!✕–] "0\.0$/);
      const info = wb.getWorksheet('Info')!.getColumn(2).values.map(String);
      expect(info).toEqual(
        expect.arrayContaining(['Timur', 'Evaluasi Rencana Aksi BerAKHLAK 2025', 'Admin KemenPANRB (admin)']),
      );
    });

    it('renders the national matrix as a PDF of several pages (its time is measured by npm run bench)', async () => {
      const leader = await t.login('leader');
      // A one-row report first loads PDFKit and its fonts, a one-time cost of the process, not of the 632 rows.
      await get('/api/periods/1/matrix.pdf?q=PROV-62', leader).expect(200);
      const res = await get('/api/periods/1/matrix.pdf', leader).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.body.toString('latin1').match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(10);
    }, 30_000);

    it('gives an agency team only the agencies it may see', async () => {
      const res = await get('/api/periods/1/matrix.csv', await t.login('kalteng')).expect(200);
      const [, ...rows] = await parseCsv(res.body);
      expect(rows.map((r) => r[0])).toEqual(['PROV-62']);
    });

    it('takes the filters of the screen but no paging, and serves only the three formats', async () => {
      const bad = await t.http.get('/api/periods/1/matrix.csv?page=2').set(auth(admin)).expect(400);
      expect(String(bad.body.message)).toMatch(/page should not exist/);
      await t.http.get('/api/periods/1/matrix.csv?batch=utara').set(auth(admin)).expect(400);
      await t.http.get('/api/periods/1/matrix.json').set(auth(admin)).expect(404);
      await t.http.get('/api/periods/999/matrix.pdf').set(auth(admin)).expect(404);
      await t.http.get('/api/periods/1/matrix.csv').expect(401);
    });
  });

  describe('items', () => {
    it('exports an agency item list with its ratings for staff', async () => {
      const res = await get(`/api/periods/1/agencies/${kaltengId}/items.csv`).expect(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="rencana-aksi-prov-62-2024.csv"');
      const [header, ...rows] = await parseCsv(res.body);
      expect(header).toEqual(expect.arrayContaining(['Kode Instansi', 'Pilar', 'Judul', 'Warna', 'Catatan']));
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM plan_item WHERE period_id = 1 AND agency_id = $1`,
        [kaltengId],
      );
      expect(rows).toHaveLength(n);
    });

    it('hides ratings from the agency team before publication, and other agencies entirely', async () => {
      const kalteng = await t.login('kalteng');
      const res = await get(`/api/periods/2/agencies/${kaltengId}/items.xlsx`, kalteng).expect(200);
      const wb = new Workbook();
      await wb.xlsx.load(res.body as never);
      const header = (wb.getWorksheet('Butir')!.getRow(1).values as string[]).slice(1);
      expect(header).toContain('Judul');
      expect(header).not.toContain('Warna');
      const published = await get(`/api/periods/1/agencies/${kaltengId}/items.csv`, kalteng).expect(200);
      expect((await parseCsv(published.body))[0]).toContain('Warna');
      const [{ id: other }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-11'`);
      await get(`/api/periods/2/agencies/${other}/items.csv`, kalteng).expect(404);
    });

    it('writes a list that the item import takes back as it is', async () => {
      const [{ id: draftId }] = await t.db.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ('Salinan 2026', 2026, 'draft', '2025.1') RETURNING id`,
      );
      const exported = await get(`/api/periods/2/agencies/${kaltengId}/items.csv`).expect(200);
      const imported = await t.http
        .post(`/api/imports/items?periodId=${draftId}`)
        .set(auth(admin))
        .attach('file', exported.body, 'rencana-aksi.csv')
        .expect(201);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM plan_item WHERE period_id = 2 AND agency_id = $1`,
        [kaltengId],
      );
      expect(imported.body).toMatchObject({ created: n, errors: [] });
    }, 30_000);
  });
});
