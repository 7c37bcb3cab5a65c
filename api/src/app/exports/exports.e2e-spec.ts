import { inflateSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import type { Response } from 'supertest';
import { createTestApp, TestApp } from '../../testing/test-app';
import { csvDelimiter, parseCsv as parseRecords } from '../imports/csv-reader';
import { parseNumber } from './csv';

/** Collects a binary response body as a Buffer. */
function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The records of a CSV export, read with the importer's reader and the separator it detects. */
function records(body: Buffer): string[][] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  expect(csvDelimiter(text)).toBe(';');
  return parseRecords(text, ';');
}

/** The table of a CSV export: the matrix puts its report lines and a blank line before it. */
function parseCsv(body: Buffer): string[][] {
  const all = records(body);
  const blank = all.findIndex((r) => r.length === 1 && r[0] === '');
  const table = all.slice(blank + 1);
  return table.filter((r) => r.some((v) => v !== ''));
}

/** The report lines of a matrix CSV, as label → value. */
function preamble(body: Buffer): Record<string, string> {
  const all = records(body);
  return Object.fromEntries(
    all
      .slice(
        0,
        all.findIndex((r) => r.length === 1 && r[0] === ''),
      )
      .map((r) => [r[0], r[1]]),
  );
}

/** The text a PDF shows, from PDFKit's compressed content streams (standard fonts write text as hex). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      out.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
      );
    }
  }
  return out.join('\n');
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
    t = await createTestApp({ loginLimitPerAddress: 1000 });
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
      expect(preamble(res.body)).toMatchObject({ Cakupan: 'Seluruh instansi', 'Jumlah instansi': '632' });
      const [header, ...rows] = parseCsv(res.body);
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
      expect(kalteng[4]).not.toContain('.');
      expect(parseNumber(kalteng[4]!)).toBe(screen.body.rows[0].index);
      expect(kalteng[6]).toMatch(/^(Hijau|Kuning|Merah) \(/);
    });

    it('neutralises text that a spreadsheet would run as a formula', async () => {
      await t.db.query(`UPDATE agency SET name = '=HYPERLINK("http://evil.example","klik")' WHERE code = 'KAB-62.01'`);
      const res = await get('/api/periods/1/matrix.csv?q=KAB-62.01').expect(200);
      const [, row] = parseCsv(res.body);
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
      const [, ...rows] = parseCsv(res.body);
      expect(rows.map((r) => r[0])).toEqual(['PROV-62']);
    });

    it("states an agency team's own agency as the scope of its matrix, in every format", async () => {
      const kalteng = await t.login('kalteng');
      const csv = await get('/api/periods/1/matrix.csv', kalteng).expect(200);
      expect(preamble(csv.body)).toMatchObject({ Cakupan: 'Provinsi Kalimantan Tengah', 'Jumlah instansi': '1' });
      expect(csv.body.toString('utf8')).not.toMatch(/Seluruh instansi/);
      const xlsx = await get('/api/periods/1/matrix.xlsx', kalteng).expect(200);
      const wb = new Workbook();
      await wb.xlsx.load(xlsx.body as never);
      const info = new Map<string, unknown>();
      wb.getWorksheet('Info')!.eachRow((r) => info.set(String(r.getCell(1).value), r.getCell(2).value));
      expect(info.get('Cakupan')).toBe('Provinsi Kalimantan Tengah');
      const pdf = pdfText((await get('/api/periods/1/matrix.pdf', kalteng).expect(200)).body);
      expect(pdf).toMatch(/Cakupan: Provinsi Kalimantan Tengah/);
      expect(pdf).not.toMatch(/Seluruh instansi/);
    });

    it('names the province of a province filter as the matrix query resolved it, given by code or by agency', async () => {
      const byCode = await get('/api/periods/1/matrix.csv?province=62').expect(200);
      expect(preamble(byCode.body)).toMatchObject({ Provinsi: 'Provinsi Kalimantan Tengah (62)' });
      expect(preamble(byCode.body)).not.toHaveProperty('Cakupan');
      // A kabupaten's id selects its province: the report names the province, not the kabupaten.
      const [{ id: kabId, name: kabName }] = await t.db.query(
        `SELECT id, name FROM agency WHERE province_code = '62' AND type = 'kabupaten' ORDER BY id LIMIT 1`,
      );
      const byAgency = await get(`/api/periods/1/matrix.csv?province=id:${kabId}`).expect(200);
      expect(preamble(byAgency.body)['Provinsi']).toBe(`Provinsi Kalimantan Tengah (id:${kabId})`);
      expect(preamble(byAgency.body)['Provinsi']).not.toContain(kabName);
    });

    it('records every export in the audit trail with its format, filters and row count', async () => {
      const leader = await t.login('leader');
      const before = await t.db.query(`SELECT coalesce(max(id), 0) AS id FROM audit_event`);
      await get('/api/periods/2/matrix.xlsx?batch=timur&sort=-index', leader).expect(200);
      await get('/api/periods/1/matrix.csv?province=62', leader).expect(200);
      await get('/api/periods/1/matrix.pdf?q=PROV-62', leader).expect(200);
      await get(`/api/periods/1/agencies/${kaltengId}/items.xlsx`, leader).expect(200);
      await get(`/api/periods/1/agencies/${kaltengId}/items.csv`, leader).expect(200);
      const events = await t.db.query(
        `SELECT action, username, entity_type AS "entityType", entity_id AS "entityId", agency_id AS "agencyId", after
         FROM audit_event WHERE id > $1 ORDER BY id`,
        [before[0].id],
      );
      const [{ n: timur }] = await t.db.query(`SELECT count(*)::int AS n FROM agency WHERE batch_code = 'timur'`);
      const [{ n: prov62 }] = await t.db.query(`SELECT count(*)::int AS n FROM agency WHERE province_code = '62'`);
      const [{ n: items }] = await t.db.query(
        `SELECT count(*)::int AS n FROM plan_item WHERE period_id = 1 AND agency_id = $1`,
        [kaltengId],
      );
      const period = (id: number) => ({ username: 'leader', entityType: 'period', entityId: String(id) });
      expect(events).toEqual([
        {
          ...period(2),
          action: 'export.matrix',
          agencyId: null,
          after: { format: 'xlsx', filters: { batch: 'timur', sort: '-index' }, rows: timur },
        },
        {
          ...period(1),
          action: 'export.matrix',
          agencyId: null,
          after: { format: 'csv', filters: { province: '62' }, rows: prov62 },
        },
        {
          ...period(1),
          action: 'export.matrix',
          agencyId: null,
          after: { format: 'pdf', filters: { q: 'PROV-62' }, rows: 1 },
        },
        {
          ...period(1),
          action: 'export.items',
          agencyId: kaltengId,
          after: { format: 'xlsx', filters: { agencyId: kaltengId, withResults: true }, rows: items },
        },
        {
          ...period(1),
          action: 'export.items',
          agencyId: kaltengId,
          after: { format: 'csv', filters: { agencyId: kaltengId, withResults: true }, rows: items },
        },
      ]);
      expect(items).toBeGreaterThan(0);
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
      const [header, ...rows] = records(res.body).filter((r) => r.some((v) => v !== ''));
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
      expect(records(published.body)[0]).toContain('Warna');
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
