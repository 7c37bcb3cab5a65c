import { randomUUID } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { QueryRunner } from 'typeorm';
import { Workbook } from 'exceljs';
import { FIELD_LIMITS, PILLARS } from '@pantau/domain';
import { createTestApp, TestApp } from '../../testing/test-app';

/** A minimal ZIP writer, enough to build workbook-shaped archives, honest or not. */
function zip(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.join(',')).join('\n'));

async function xlsx(rows: unknown[][], formulaAt?: string): Promise<Buffer> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Butir');
  rows.forEach((r) => ws.addRow(r));
  if (formulaAt) ws.getCell(formulaAt).value = { formula: 'SUM(1,2)', result: 3 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ITEM_HEADER = ['agency_code', 'pillar', 'title', 'description', 'cadence', 'work_unit', 'criterion_code'];

// The root Jest config runs projects, where a project's testTimeout is not applied; these flows need more than 5 s.
jest.setTimeout(60_000);

describe('imports', () => {
  let t: TestApp;
  let admin: string;
  let draftId: number;
  let kaltengId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const upload = (path: string, file: Buffer, name: string, token = admin) =>
    t.http.post(path).set(auth(token)).attach('file', file, name);
  const reserve = async (kind: string, periodId?: number, token = admin): Promise<string> =>
    (await t.http.post('/api/imports/jobs').set(auth(token)).send({ kind, periodId }).expect(201)).body.importId;
  const progressOf = (importId: string, token = admin) =>
    t.http.get(`/api/imports/${importId}/progress`).set(auth(token));
  const itemsIn = async (periodId: number, agencyId = kaltengId): Promise<number> =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM plan_item WHERE period_id = $1 AND agency_id = $2`, [
        periodId,
        agencyId,
      ])
    )[0].n;

  beforeAll(async () => {
    // One import at a time and one waiting: the queue test below fills the line with two uploads.
    t = await createTestApp({ loginLimitPerAddress: 1000, importConcurrency: 1, importQueueLimit: 1 });
    admin = await t.login('admin');
    [{ id: draftId }] = await t.db.query(
      `INSERT INTO period (name, year, state, instrument_version) VALUES ('Evaluasi Rencana Aksi BerAKHLAK 2026', 2026, 'draft', '2025.1') RETURNING id`,
    );
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  describe('items', () => {
    const good = [
      ITEM_HEADER,
      [
        'PROV-62',
        'berorientasi-pelayanan',
        'Pojok layanan ramah difabel',
        'Loket khusus di mal pelayanan publik',
        'weekly',
        'Biro Organisasi',
        'BP-1',
      ],
      ['PROV-62', 'Akuntabel', 'Laporan kinerja bulanan terbuka', '', '', 'Inspektorat', ''],
      ['prov-62', 'akuntabel', 'Dasbor anggaran daring', 'Realisasi anggaran per OPD', 'bulanan', 'inspektorat', ''],
    ];

    it('writes nothing when one row is bad, and names every bad row and column', async () => {
      const rows = [
        ...good,
        ['PROV-62', 'Jujur', 'Butir dengan pilar salah', '', '', '', ''],
        ['PROV-99', 'loyal', '', '', 'daily', '', ''],
      ];
      const res = await upload(`/api/imports/items?periodId=${draftId}`, csv(rows), 'butir.csv').expect(422);
      expect(res.body).toMatchObject({ ok: false, kind: 'items', rows: 5, statusCode: 422 });
      expect(res.body).toMatchObject({ code: 'import-rows-invalid', params: { kind: 'items', errors: 4, rows: 2 } });
      expect(res.body.message).toMatch(/nothing was imported/);
      expect(res.body.errors).toEqual([
        {
          row: 5,
          column: 'pillar',
          code: 'pillar-unknown',
          params: { value: 'Jujur' },
          message: '"Jujur" is not a BerAKHLAK pillar',
        },
        {
          row: 6,
          column: 'agency_code',
          code: 'agency-code-unknown',
          params: { value: 'PROV-99' },
          message: 'No agency has the code "PROV-99"',
        },
        { row: 6, column: 'title', code: 'cell-empty', message: 'The title is empty' },
        {
          row: 6,
          column: 'cadence',
          code: 'cadence-unknown',
          params: { value: 'daily' },
          message: '"daily" is not a cadence: use weekly, monthly or quarterly',
        },
      ]);
      expect(await itemsIn(draftId)).toBe(0);
    });

    it('holds titles to the same length limits as the item form and the API', async () => {
      const { min, max } = FIELD_LIMITS.itemTitle;
      const rows = [
        ITEM_HEADER,
        ['PROV-62', 'loyal', 'x'.repeat(max + 1), '', '', '', ''],
        ['PROV-62', 'loyal', 'x'.repeat(min - 1), '', '', '', ''],
        ['PROV-62', 'loyal', 'x'.repeat(max), '', '', '', ''],
      ];
      const res = await upload(`/api/imports/items?periodId=${draftId}&dryRun=true`, csv(rows), 'butir.csv').expect(
        422,
      );
      expect(res.body.errors).toEqual([
        {
          row: 2,
          column: 'title',
          code: 'cell-too-long',
          params: { limit: max },
          message: `The title is longer than ${max} characters`,
        },
        {
          row: 3,
          column: 'title',
          code: 'cell-too-short',
          params: { limit: min },
          message: `The title is shorter than ${min} characters`,
        },
      ]);
      const api = await t.http
        .post(`/api/periods/${draftId}/agencies/${kaltengId}/items`)
        .set(auth(admin))
        .send({ pillar: 'loyal', title: 'x'.repeat(max + 1) })
        .expect(400);
      expect(api.body.message).toContain(`title must be at most ${max} characters`);
    });

    it('validates without writing on a dry run', async () => {
      const res = await upload(`/api/imports/items?periodId=${draftId}&dryRun=true`, csv(good), 'butir.csv').expect(
        200,
      );
      expect(res.body).toMatchObject({ ok: true, dryRun: true, created: 3, updated: 0, unchanged: 0, errors: [] });
      expect(await itemsIn(draftId)).toBe(0);
    });

    it('creates the items and their work units, and counts them grey in the matrix', async () => {
      const importId = await reserve('items', draftId);
      const res = await upload(
        `/api/imports/items?periodId=${draftId}&importId=${importId}`,
        csv(good),
        'butir.csv',
      ).expect(201);
      expect(res.body).toMatchObject({
        ok: true,
        kind: 'items',
        rows: 3,
        created: 3,
        updated: 0,
        unchanged: 0,
        importId,
      });
      expect(await itemsIn(draftId)).toBe(3);
      const [unit] = await t.db.query(
        `SELECT count(*)::int AS n FROM plan_item i JOIN work_unit w ON w.id = i.work_unit_id WHERE i.period_id = $1 AND w.name = 'Inspektorat'`,
        [draftId],
      );
      expect(unit.n).toBe(2);
      const matrix = await t.http.get(`/api/periods/${draftId}/matrix?q=PROV-62`).set(auth(admin)).expect(200);
      const cells = matrix.body.rows.find((r: { agency: { code: string } }) => r.agency.code === 'PROV-62').cells;
      expect(cells.map((c: { grey: number }) => c.grey)).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
      const progress = await t.http.get(`/api/imports/${importId}/progress`).set(auth(admin)).expect(200);
      expect(progress.body).toEqual({ phase: 'done', done: 3, total: 3 });
    });

    it('changes nothing when the same file is imported again, beyond one import event', async () => {
      const before = await t.db.query(`SELECT id, updated_at FROM plan_item WHERE period_id = $1 ORDER BY id`, [
        draftId,
      ]);
      const events = async () =>
        await t.db.query(
          `SELECT action, count(*)::int AS n FROM audit_event WHERE at > now() - interval '1 hour' GROUP BY action ORDER BY action`,
        );
      const eventsBefore = await events();
      const res = await upload(`/api/imports/items?periodId=${draftId}`, csv(good), 'butir.csv').expect(201);
      expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
      expect(
        await t.db.query(`SELECT id, updated_at FROM plan_item WHERE period_id = $1 ORDER BY id`, [draftId]),
      ).toEqual(before);
      const added = (await events()).map((e: { action: string; n: number }) => ({
        ...e,
        n: e.n - (eventsBefore.find((b: { action: string }) => b.action === e.action)?.n ?? 0),
      }));
      expect(added.filter((e: { n: number }) => e.n > 0)).toEqual([{ action: 'import.items', n: 1 }]);
    });

    it('updates a matched item whose other columns changed', async () => {
      const changed = good.map((r, i) =>
        i === 1 ? [...r.slice(0, 3), 'Loket khusus dan juru bahasa isyarat', ...r.slice(4)] : r,
      );
      const res = await upload(`/api/imports/items?periodId=${draftId}`, csv(changed), 'butir.csv').expect(201);
      expect(res.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    });

    it('reads XLSX workbooks too', async () => {
      const file = await xlsx([ITEM_HEADER, ['PROV-62', 'Loyal', 'Apel kebangsaan bulanan', '', 'monthly', '', '']]);
      const res = await upload(`/api/imports/items?periodId=${draftId}`, file, 'butir.xlsx').expect(201);
      expect(res.body).toMatchObject({ created: 1, rows: 1 });
    });

    it('refuses a period that is no longer draft or open', async () => {
      const res = await upload('/api/imports/items?periodId=2', csv(good), 'butir.csv').expect(409);
      expect(res.body.message).toMatch(/draft or open; this period is "evaluation"/);
      expect(res.body).toMatchObject({
        code: 'item-import-period-closed',
        params: { state: 'evaluation', allowed: ['draft', 'open'] },
      });
    });

    it('lets an agency team import only its own items, only while the period is open', async () => {
      const kalteng = await t.login('kalteng');
      const draft = await upload(`/api/imports/items?periodId=${draftId}`, csv(good), 'butir.csv', kalteng).expect(409);
      expect(draft.body.message).toMatch(/only while the period is open/);
      const [{ id: openId }] = await t.db.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ('Periode terbuka', 2027, 'open', '2025.1') RETURNING id`,
      );
      const foreign = [ITEM_HEADER, ['PROV-11', 'loyal', 'Butir instansi lain', '', '', '', '']];
      const res = await upload(`/api/imports/items?periodId=${openId}`, csv(foreign), 'butir.csv', kalteng).expect(422);
      expect(res.body.errors).toEqual([
        {
          row: 2,
          column: 'agency_code',
          code: 'agency-not-own',
          params: { value: 'PROV-11' },
          message: '"PROV-11" is not your agency',
        },
      ]);
      // A province team sees its units' plans, but each unit imports its own (as it edits its own items).
      await t.db.query(
        `INSERT INTO agency (code, name, type, batch_code, parent_id)
         SELECT 'UNIT-62-01', 'Unit Kerja Uji', 'lembaga', batch_code, id FROM agency WHERE code = 'PROV-62'`,
      );
      const unit = [ITEM_HEADER, ['UNIT-62-01', 'loyal', 'Butir unit kerja', '', '', '', '']];
      const ofUnit = await upload(`/api/imports/items?periodId=${openId}`, csv(unit), 'butir.csv', kalteng).expect(422);
      expect(ofUnit.body.errors).toEqual([
        {
          row: 2,
          column: 'agency_code',
          code: 'agency-not-own',
          params: { value: 'UNIT-62-01' },
          message: '"UNIT-62-01" is not your agency',
        },
      ]);
      await upload(`/api/imports/items?periodId=${openId}`, csv(good), 'butir.csv', kalteng).expect(201);
      await upload('/api/imports/agencies', csv([['code']]), 'a.csv', kalteng).expect(403);
    });

    it('imports 35,000 items in one request, all or nothing (its time is measured by npm run bench)', async () => {
      const [{ id: periodId }] = await t.db.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ('Uji volume', 2030, 'draft', '2025.1') RETURNING id`,
      );
      const agencies: Array<{ code: string }> = await t.db.query(`SELECT code FROM agency ORDER BY id`);
      const rows = [ITEM_HEADER];
      for (let n = 0; n < 35_000; n++) {
        const a = agencies[n % agencies.length]!.code;
        const p = PILLARS[Math.floor(n / agencies.length) % 8]!;
        rows.push([a, p.code, `Butir inovasi ${n}`, `Uraian kegiatan ${n}`, 'monthly', `Unit ${n % 5}`, '']);
      }
      const res = await upload(`/api/imports/items?periodId=${periodId}`, csv(rows), 'nasional.csv').expect(201);
      expect(res.body).toMatchObject({ created: 35_000, errors: [] });
      const [{ grey }] = await t.db.query(`SELECT sum(grey)::int AS grey FROM cell_count WHERE period_id = $1`, [
        periodId,
      ]);
      expect(grey).toBe(35_000);
    }, 60_000);
  });

  describe('refused files', () => {
    const url = () => `/api/imports/items?periodId=${draftId}`;

    it('answers 413, naming the limit, for a file over the upload limit', async () => {
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
      const res = await upload(url(), big, 'besar.csv').expect(413);
      expect(res.body).toMatchObject({
        code: 'upload-too-large',
        params: { limitBytes: 10 * 1024 * 1024, limit: '10 MB' },
      });
      expect(res.body.message).toMatch(/larger than the upload limit of 10 MB/);
    });

    it('refuses a text file renamed .xlsx', async () => {
      const res = await upload(url(), Buffer.from('agency_code,pillar,title\nPROV-62,loyal,x\n'), 'butir.xlsx').expect(
        415,
      );
      expect(res.body.message).toMatch(/named \.xlsx but its content is not an Excel workbook/);
      expect(res.body.code).toBe('upload-wrong-type');
    });

    it('refuses a binary file posing as CSV', async () => {
      const res = await upload(url(), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x80]), 'butir.csv').expect(415);
      expect(res.body.message).toMatch(/not UTF-8 text/);
      expect(res.body.code).toBe('upload-wrong-type');
    });

    it('refuses a ZIP that is not a workbook', async () => {
      const res = await upload(url(), zip([{ name: 'readme.txt', data: Buffer.from('hello') }]), 'arsip.xlsx').expect(
        415,
      );
      expect(res.body.message).toMatch(/not an Excel workbook/);
    });

    it('refuses a spreadsheet with a formula, naming the cell', async () => {
      const file = await xlsx([ITEM_HEADER, ['PROV-62', 'loyal', 'Butir', '', '', '', '']], 'D2');
      const res = await upload(url(), file, 'butir.xlsx').expect(400);
      expect(res.body.message).toMatch(/formulas \(cell Butir!D2\)/);
      expect(res.body).toMatchObject({ code: 'upload-has-formulas', params: { cell: 'Butir!D2', count: 1 } });
      const fromCsv = await upload(
        url(),
        csv([ITEM_HEADER, ['PROV-62', 'loyal', '=1+2', '', '', '', '']]),
        'butir.csv',
      ).expect(400);
      expect(fromCsv.body.message).toMatch(/formulas \(cell C2\)/);
    });

    it('refuses a compression bomb by its declared size', async () => {
      const bomb = zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024) },
      ]);
      expect(bomb.length).toBeLessThan(200 * 1024);
      const res = await upload(url(), bomb, 'bom.xlsx').expect(400);
      expect(res.body.message).toMatch(/would unpack to 60 MB.*compression bomb/);
      expect(res.body).toMatchObject({ code: 'upload-compression-bomb', params: { unpackedMb: 60 } });
    });

    it('refuses a compression bomb that lies about its size', async () => {
      const bomb = zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024), declaredSize: 1000 },
      ]);
      const res = await upload(url(), bomb, 'bom.xlsx').expect(400);
      expect(res.body).toMatchObject({
        code: 'upload-compression-bomb',
        params: { part: 'xl/worksheets/sheet1.xml', declared: 1000 },
      });
      expect(res.body.message).toMatch(/unpacks to more than the 1000 bytes it declares/);
    });

    it('refuses a part whose content does not match its declared size as damaged', async () => {
      const damaged = zip([
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet/>'), declaredSize: 5000 },
      ]);
      const res = await upload(url(), damaged, 'rusak.xlsx').expect(400);
      expect(res.body).toMatchObject({ code: 'upload-damaged' });
      expect(res.body.message).toMatch(/damaged or its declared size is wrong/);
    });

    it('refuses more rows than an import takes with its own reason, not the size limit', async () => {
      const lines = ['agency_code,pillar,title', ...Array.from({ length: 100_001 }, (_, i) => `X,loyal,${i}`)];
      const file = Buffer.from(lines.join('\n'));
      expect(file.length).toBeLessThan(4 * 1024 * 1024);
      const res = await upload(url(), file, 'banyak.csv').expect(413);
      expect(res.body).toMatchObject({ code: 'upload-too-many-rows', params: { rows: 100_001, limit: 100_000 } });
      expect(res.body.message).toMatch(/has 100001 rows; at most 100000 rows/);
      expect(res.body.message).not.toMatch(/upload limit/);
    });

    it('asks for the file when none is attached', async () => {
      const res = await t.http.post(url()).set(auth(admin)).field('note', 'x').expect(400);
      expect(res.body.message).toMatch(/multipart form field "file"/);
      expect(res.body.code).toBe('upload-missing-file');
    });
  });

  describe('import ids', () => {
    const url = () => `/api/imports/items?periodId=${draftId}&dryRun=true`;
    const file = () => csv([ITEM_HEADER, ['PROV-62', 'loyal', 'Butir uji id', '', '', '', '']]);

    it('are made by the server, bound to who reserved them: others get 404 on upload and progress', async () => {
      const kalteng = await t.login('kalteng');
      const mine = await reserve('items', draftId, kalteng);
      expect(mine).toMatch(/^[0-9a-f-]{36}$/);
      expect((await progressOf(mine, kalteng).expect(200)).body).toEqual({ phase: 'reserved', done: 0, total: 0 });
      const evaluator = await t.login('evaluator');
      await t.http.post('/api/imports/jobs').set(auth(evaluator)).send({ kind: 'items' }).expect(403);
      const [{ id: acehId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-11'`);
      await t.http
        .post('/api/users')
        .set(auth(admin))
        .send({
          username: 'tim.aceh',
          displayName: 'Tim Aceh',
          password: 'rahasia-aceh-1',
          role: 'agency',
          agencyId: acehId,
        })
        .expect(201);
      const aceh = await t.login('tim.aceh', 'rahasia-aceh-1');
      // Another user, even an admin, cannot upload under it; only the owner and admins read its progress.
      const taken = await upload(`${url()}&importId=${mine}`, file(), 'butir.csv').expect(404);
      expect(taken.body.code).toBe('import-not-found');
      await upload(`${url()}&importId=${mine}`, file(), 'butir.csv', aceh).expect(404);
      await progressOf(mine, aceh).expect(404);
      await progressOf(mine).expect(200);
      // A made-up id is refused as well: ids are no longer the client's to choose.
      const madeUp = await upload(`${url()}&importId=${randomUUID()}`, file(), 'butir.csv').expect(404);
      expect(madeUp.body.code).toBe('import-not-found');
    });

    it('serve one upload each: a second upload under the same id is 409', async () => {
      const importId = await reserve('items', draftId);
      await upload(`${url()}&importId=${importId}`, file(), 'butir.csv').expect(200);
      expect((await progressOf(importId).expect(200)).body).toEqual({ phase: 'done', done: 1, total: 1 });
      const again = await upload(`${url()}&importId=${importId}`, file(), 'butir.csv').expect(409);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'import-id-used' });
    });

    it('belong to one kind of import, and agency teams reserve only items', async () => {
      const importId = await reserve('survey', draftId);
      const wrong = await upload(`${url()}&importId=${importId}`, file(), 'butir.csv').expect(409);
      expect(wrong.body).toMatchObject({ code: 'import-id-wrong-kind', params: { reserved: 'survey', kind: 'items' } });
      const kalteng = await t.login('kalteng');
      const refused = await t.http.post('/api/imports/jobs').set(auth(kalteng)).send({ kind: 'agencies' }).expect(403);
      expect(refused.body.code).toBe('import-kind-forbidden');
      await t.http.post('/api/imports/jobs').set(auth(admin)).send({ kind: 'users' }).expect(400);
    });

    it('belong to the period they were reserved for, which must exist', async () => {
      const importId = await reserve('items', draftId);
      const other = await upload(`/api/imports/items?periodId=1&dryRun=true&importId=${importId}`, file(), 'butir.csv');
      expect(other.status).toBe(409);
      expect(other.body).toMatchObject({ code: 'import-id-wrong-period', params: { reserved: draftId, periodId: 1 } });
      const jobs = (body: object) => t.http.post('/api/imports/jobs').set(auth(admin)).send(body);
      const unnamed = await jobs({ kind: 'items' }).expect(400);
      expect(unnamed.body.message).toMatch(/periodId is required to import items/);
      expect(unnamed.body).toMatchObject({ code: 'import-period-required', params: { kind: 'items' } });
      await jobs({ kind: 'survey', periodId: 99_999_999 }).expect(404);
      await jobs({ kind: 'agencies', periodId: draftId }).expect(400);
      await jobs({ kind: 'agencies' }).expect(201);
    });
  });

  describe('queue', () => {
    let lock: QueryRunner;
    /** Uploads still running when a test ends: waited for, so the next test finds the queue empty. */
    let inFlight: Array<Promise<unknown>> = [];
    afterEach(async () => {
      if (lock?.isTransactionActive) await lock.rollbackTransaction();
      await lock?.release();
      await Promise.allSettled(inFlight);
      inFlight = [];
    });

    /** Polls an import's progress until `done` says so (each answer is logged on failure). */
    async function until(importId: string, done: (p: { phase: string; position?: number }) => boolean) {
      const seen: unknown[] = [];
      for (let i = 0; i < 400; i++) {
        const p = (await progressOf(importId).expect(200)).body;
        seen.push(p);
        if (done(p)) return p;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the import never reached the expected state; seen ${JSON.stringify(seen.slice(-5))}`);
    }

    it('runs one import at a time, shows the others their place in line, and refuses past the limit with 503', async () => {
      const [{ id: periodId }] = await t.db.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ('Uji antrean', 2032, 'draft', '2025.1') RETURNING id`,
      );
      // Holding the period's item-import lock keeps the first import running (it waits for the lock in its slot).
      lock = t.db.createQueryRunner();
      await lock.connect();
      await lock.startTransaction();
      await lock.query(`SELECT pg_advisory_xact_lock(hashtext('pantau:import:items'), $1)`, [periodId]);
      const file = (title: string) => csv([ITEM_HEADER, ['PROV-62', 'loyal', title, '', '', '', '']]);
      const [first, second, third] = [
        await reserve('items', periodId),
        await reserve('items', periodId),
        await reserve('items', periodId),
      ];
      const send = (importId: string, title: string) =>
        upload(`/api/imports/items?periodId=${periodId}&importId=${importId}`, file(title), 'butir.csv').then((r) => r);

      const running = send(first, 'Pertama');
      inFlight.push(running);
      await until(first, (p) => p.phase === 'reading');
      const waiting = send(second, 'Kedua');
      inFlight.push(waiting);
      // Claimed uploads are 'queued' at once; the place in line follows once the file's first bytes are checked.
      expect(await until(second, (p) => p.phase === 'queued' && p.position !== undefined)).toEqual({
        phase: 'queued',
        position: 1,
        done: 0,
        total: 0,
      });
      const full = await send(third, 'Ketiga');
      expect(full.status).toBe(503);
      expect(full.headers['retry-after']).toMatch(/^\d+$/);
      expect(full.body).toMatchObject({ statusCode: 503, code: 'import-queue-full', params: { limit: 1 } });
      // The refused upload keeps its id for a later try.
      expect((await progressOf(third).expect(200)).body.phase).toBe('reserved');

      await lock.rollbackTransaction();
      expect([(await running).status, (await waiting).status]).toEqual([201, 201]);
      expect((await send(third, 'Ketiga')).status).toBe(201);
      const titles = await t.db.query(`SELECT title FROM plan_item WHERE period_id = $1 ORDER BY id`, [periodId]);
      expect(titles.map((r: { title: string }) => r.title)).toEqual(['Pertama', 'Kedua', 'Ketiga']);
    });
  });

  describe('agencies', () => {
    const header = ['code', 'name', 'type', 'batch', 'province_code', 'parent_code'];
    const rows = [
      header,
      [
        'DINAS-62-01',
        'Dinas Komunikasi dan Informatika Provinsi Kalimantan Tengah',
        'lembaga',
        'tengah',
        '62',
        'PROV-62',
      ],
      ['PROV-62', 'Provinsi Kalimantan Tengah', 'Provinsi', 'Tengah', '62', ''],
    ];

    it('creates new agencies, keeps known ones, and changes nothing on a re-import', async () => {
      const first = await upload('/api/imports/agencies', csv(rows), 'instansi.csv').expect(201);
      expect(first.body).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
      const [dinas] = await t.db.query(`SELECT parent_id FROM agency WHERE code = 'DINAS-62-01'`);
      expect(dinas.parent_id).toBe(kaltengId);
      const again = await upload('/api/imports/agencies', csv(rows), 'instansi.csv').expect(201);
      expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    });

    it('refuses parents that form a cycle and types it does not know', async () => {
      const bad = [
        header,
        ['PROV-62', 'Provinsi Kalimantan Tengah', 'provinsi', 'tengah', '62', 'DINAS-62-01'],
        ['KAB-X', 'X', 'desa', 'timur', '', ''],
      ];
      const res = await upload('/api/imports/agencies', csv(bad), 'instansi.csv').expect(422);
      expect(res.body.errors).toEqual([
        {
          row: 3,
          column: 'type',
          code: 'agency-type-unknown',
          params: { value: 'desa', allowed: ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] },
          message: '"desa" is not an agency type: use kementerian, lembaga, provinsi, kabupaten, kota',
        },
        {
          row: 2,
          column: 'parent_code',
          code: 'parent-cycle',
          params: { value: 'DINAS-62-01', code: 'PROV-62' },
          message: '"DINAS-62-01" leads back to "PROV-62": parents cannot form a cycle',
        },
      ]);
    });
  });

  describe('survey', () => {
    it('upserts survey results per agency, accepting decimal commas, and refuses out-of-range scores', async () => {
      const header = 'kode_instansi;values_alignment;engagement;employer_branding;overall';
      const file = Buffer.from(`\uFEFF${header}\nPROV-62;71,5;70;68,25;69,9\nPROV-11;80;;;\n`);
      const res = await upload(`/api/imports/survey?periodId=${draftId}`, file, 'survei.csv').expect(201);
      expect(res.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
      const [s] = await t.db.query(
        `SELECT values_alignment, employer_branding FROM survey_result WHERE period_id = $1 AND agency_id = $2`,
        [draftId, kaltengId],
      );
      expect(s).toEqual({ values_alignment: 71.5, employer_branding: 68.25 });
      await upload(`/api/imports/survey?periodId=${draftId}`, file, 'survei.csv')
        .expect(201)
        .expect((r) => expect(r.body.unchanged).toBe(2));
      const bad = await upload(
        `/api/imports/survey?periodId=${draftId}`,
        Buffer.from(`${header}\nPROV-62;101;;;\n`),
        'survei.csv',
      ).expect(422);
      expect(bad.body.errors).toEqual([
        {
          row: 2,
          column: 'values_alignment',
          code: 'score-invalid',
          params: { value: '101' },
          message: '"101" is not a score between 0 and 100',
        },
      ]);
      await upload('/api/imports/survey?periodId=1', file, 'survei.csv').expect(409);
    });
  });
});
