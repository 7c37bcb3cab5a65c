import { ValueType, Workbook } from 'exceljs';
import type { Response } from 'supertest';
import { readdir } from 'node:fs/promises';
import { UPLOAD_DIR } from '../app/imports/upload-dir';
import { csvDelimiter, parseCsv as parseRecords } from '../app/imports/csv-reader';
import { createTestApp, TestApp } from '../testing/test-app';
import { errorShapeProblems } from './support/http-probe';

// The root Jest config runs projects, where a project's testTimeout is not applied.
jest.setTimeout(60_000);

/**
 * What api/src/app/imports and api/src/app/exports do not already cover: the size limit and the formula check
 * on every import route (not only items), odd multipart requests, and formula injection through every
 * leading character (=, +, -, @, tab) in both CSV exports, and as text (never a formula) in the workbooks.
 */

function binary(res: Response, cb: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

/** The records of a CSV export, read as the importer reads them (it detects the ';' of the header line). */
function parseCsv(text: string): string[][] {
  const content = text.replace(/^\uFEFF/, '');
  expect(csvDelimiter(content)).toBe(';');
  return parseRecords(content, ';');
}

/** Every field a program could see, splitting a text on any usual separator: spaces and quotes aside. */
const fieldsOf = (text: string) => text.split(/[;,\t\r\n]/).map((f) => f.replace(/^[ "]*/, ''));
const formulaStarts = (text: string) => fieldsOf(text).filter((f) => /^[=+\-@]/.test(f));

const FORMULAS = [
  '=HYPERLINK("http://evil.example","klik")',
  '+SUM(1,2)',
  '-2+3',
  "@cmd|'/c calc'!A0",
  '\t=1+2',
  'x;=HYPERLINK("http://evil")',
  'a,-2+3',
];
/** Each as the CSV exports write it: an apostrophe wherever a field could start a formula. */
const NEUTRALISED: Record<string, string> = {
  '=HYPERLINK("http://evil.example","klik")': `'=HYPERLINK("http://evil.example","klik")`,
  '+SUM(1,2)': "'+SUM(1,2)",
  '-2+3': "'-2+3",
  "@cmd|'/c calc'!A0": "'@cmd|'/c calc'!A0",
  '\t=1+2': "'\t'=1+2",
  '=1+2': "'=1+2",
  'x;=HYPERLINK("http://evil")': `x;'=HYPERLINK("http://evil")`,
  'a,-2+3': "a,'-2+3",
};

describe('uploads and exports', () => {
  let t: TestApp;
  let admin: string;
  let kaltengId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const LIMIT = 4096;

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000, uploadLimitBytes: LIMIT });
    admin = await t.login('admin');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  const ROUTES = ['/api/imports/agencies', '/api/imports/items?periodId=2', '/api/imports/survey?periodId=2'];

  it.each(ROUTES)('%s answers 413 in the error shape, naming the limit, for a file over it', async (route) => {
    const res = await t.http
      .post(route)
      .set(auth(admin))
      .attach('file', Buffer.alloc(LIMIT + 1, 'a'), 'besar.csv');
    expect(res.status).toBe(413);
    expect(
      errorShapeProblems({
        status: res.status,
        text: res.text,
        json: res.body,
        contentType: res.headers['content-type'] ?? '',
        ms: 0,
      }),
    ).toEqual([]);
    expect(res.body.message).toMatch(/larger than the upload limit of 4 KB/);
    expect(res.body).toMatchObject({ code: 'upload-too-large', params: { limitBytes: LIMIT, limit: '4 KB' } });
  });

  it.each([
    [
      '/api/imports/agencies',
      'code,name,type,batch,province_code,parent_code\nX-1,=1+2,dinas,barat,,\n',
      /formulas \(cell B2\)/,
    ],
    [
      '/api/imports/survey?periodId=2',
      'agency_code,values_alignment,engagement,employer_branding,overall\nPROV-62,=SUM(1),1,1,1\n',
      /formulas \(cell B2\)/,
    ],
  ])('%s refuses a CSV with a formula, naming the cell, and imports nothing', async (route, content, message) => {
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM agency) AS a, (SELECT count(*) FROM survey_result) AS s`,
    );
    const res = await t.http.post(route).set(auth(admin)).attach('file', Buffer.from(content), 'data.csv');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
    expect(res.body).toMatchObject({ code: 'upload-has-formulas', params: { cell: 'B2' } });
    expect(
      await t.db.query(`SELECT (SELECT count(*) FROM agency) AS a, (SELECT count(*) FROM survey_result) AS s`),
    ).toEqual(before);
  });

  it.each(ROUTES)('%s refuses a file that is not a spreadsheet with 415', async (route) => {
    const res = await t.http
      .post(route)
      .set(auth(admin))
      .attach('file', Buffer.from('%PDF-1.7\n\u0000\u00ff'), 'laporan.pdf');
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type', code: 'upload-wrong-type' });
  });

  it('refuses odd multipart requests with a 4xx in the error shape', async () => {
    const route = '/api/imports/items?periodId=2';
    const file = Buffer.from('agency_code,pillar,title\n');
    const answers = [
      await t.http.post(route).set(auth(admin)).attach('file', file, 'a.csv').attach('file', file, 'b.csv'),
      await t.http.post(route).set(auth(admin)).attach('other', file, 'a.csv'),
      await t.http
        .post(route)
        .set(auth(admin))
        .set('Content-Type', 'multipart/form-data; boundary=x')
        .send('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc'),
      await t.http.post(route).set(auth(admin)).set('Content-Type', 'multipart/form-data').send('no boundary'),
    ];
    const shapes = answers.map((res) => ({
      clientError: res.status >= 400 && res.status < 500,
      problems: errorShapeProblems({
        status: res.status,
        text: res.text,
        json: res.body,
        contentType: res.headers['content-type'] ?? '',
        ms: 0,
      }),
    }));
    expect(shapes).toEqual(answers.map(() => ({ clientError: true, problems: [] })));
    expect(answers.map((res) => res.body.code)).toEqual(answers.map(() => 'upload-malformed'));
  });

  it('neutralises every formula-starting character in the matrix CSV and keeps it as text in the workbook', async () => {
    const codes: string[] = (
      await t.db.query(`SELECT code FROM agency WHERE code LIKE 'KAB-62.%' ORDER BY code LIMIT ${FORMULAS.length}`)
    ).map((r: { code: string }) => r.code);
    for (const [i, code] of codes.entries())
      await t.db.query(`UPDATE agency SET name = $1 WHERE code = $2`, [FORMULAS[i], code]);

    const csv = await t.http
      .get('/api/periods/1/matrix.csv?province=62')
      .set(auth(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    const rows = parseCsv(text);
    const names = codes.map((code) => rows.find((r) => r[0] === code)?.[1]);
    expect(names).toEqual(FORMULAS.map((f) => NEUTRALISED[f]));
    expect(formulaStarts(text)).toEqual([]);
    expect(names.flatMap((n) => formulaStarts(n ?? ''))).toEqual([]);

    const xlsx = await t.http
      .get('/api/periods/1/matrix.xlsx?province=62')
      .set(auth(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const cells = new Map<string, { type: ValueType; value: unknown }>();
    wb.worksheets[0]!.eachRow((row) =>
      cells.set(String(row.getCell(1).value), { type: row.getCell(2).type, value: row.getCell(2).value }),
    );
    expect(codes.map((code) => cells.get(code))).toEqual(FORMULAS.map((f) => ({ type: ValueType.String, value: f })));
  });

  it('neutralises titles, notes and recommendations in the item list CSV, and keeps them as text in the workbook', async () => {
    // Titles come from agency teams and imports, notes and recommendations from evaluators: rate through the API.
    const evaluator = await t.login('evaluator');
    const items: Array<{ id: number; version: number }> = await t.db.query(
      `SELECT id, version FROM plan_item WHERE period_id = 2 AND agency_id = $1 ORDER BY id LIMIT ${FORMULAS.length}`,
      [kaltengId],
    );
    for (const [i, item] of items.entries()) {
      await t.db.query(`UPDATE plan_item SET title = $1 WHERE id = $2`, [`${FORMULAS[i]} judul`, item.id]);
      await t.http
        .post(`/api/items/${item.id}/ratings`)
        .set(auth(evaluator))
        .send({ color: 'yellow', note: FORMULAS[i], recommendation: FORMULAS[i], expectedVersion: item.version })
        .expect(201);
    }
    const csv = await t.http
      .get(`/api/periods/2/agencies/${kaltengId}/items.csv`)
      .set(auth(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    const [header, ...rows] = parseCsv(text);
    const col = (name: string) => header!.indexOf(name);
    const exported = FORMULAS.map((f) => rows.find((r) => r[col('Judul')] === `${NEUTRALISED[f]} judul`));
    // The rating keeps its note trimmed (the tab goes), so the note's formula starts at once.
    expect(exported.map((r) => r && [r[col('Catatan')], r[col('Rekomendasi')]])).toEqual(
      FORMULAS.map((f) => [NEUTRALISED[f.trim()], NEUTRALISED[f.trim()]]),
    );
    expect(formulaStarts(text)).toEqual([]);

    const xlsx = await t.http
      .get(`/api/periods/2/agencies/${kaltengId}/items.xlsx`)
      .set(auth(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const ws = wb.getWorksheet('Butir')!;
    const formulaCells: string[] = [];
    const texts = new Set<unknown>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ValueType.Formula) formulaCells.push(cell.address);
        texts.add(cell.value);
      }),
    );
    expect(formulaCells).toEqual([]);
    for (const f of FORMULAS) expect([texts.has(`${f} judul`), texts.has(f.trim())]).toEqual([true, true]);
  });
  it('takes an item list CSV back through the importer: hostile and accented text arrive as they were', async () => {
    const [{ id: draftId }] = await t.db.query(
      `INSERT INTO period (name, year, state, instrument_version) VALUES ('Salinan uji', 2033, 'draft', '2025.1') RETURNING id`,
    );
    const accented = 'Layanan “Kafé Sélera Nusantara” — pojok crème & ümkm';
    const titles = [...FORMULAS.map((f) => `${f} salinan`), accented];
    const items: Array<{ id: number }> = await t.db.query(
      `SELECT id FROM plan_item WHERE period_id = 2 AND agency_id = $1 ORDER BY id DESC LIMIT ${titles.length}`,
      [kaltengId],
    );
    for (const [i, item] of items.entries()) {
      await t.db.query(`UPDATE plan_item SET title = $1, description = $2 WHERE id = $3`, [
        titles[i],
        i === 0 ? 'a,-2+3\nx;=HYPERLINK("http://evil")' : null,
        item.id,
      ]);
    }
    const exported = await t.http
      .get(`/api/periods/2/agencies/${kaltengId}/items.csv`)
      .set(auth(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    // A large enough limit for this list: the uploads above ran against a 4 KB limit.
    const big = await createTestApp(
      { loginLimitPerAddress: 1000, uploadLimitBytes: 10 * 1024 * 1024 },
      { ownerUrl: t.ownerUrl },
    );
    try {
      const token = await big.login('admin');
      await big.http
        .post(`/api/imports/items?periodId=${draftId}`)
        .set(auth(token))
        .attach('file', exported.body as Buffer, 'rencana-aksi.csv')
        .expect(201);
    } finally {
      await big.close();
    }
    // The importer collapses whitespace in titles (the tab of "\t=1+2" goes), as for any re-typed cell.
    const copy = async (periodId: number): Promise<string[]> =>
      (
        await t.db.query(
          `SELECT pillar_code, title, description FROM plan_item WHERE period_id = $1 AND agency_id = $2`,
          [periodId, kaltengId],
        )
      )
        .map((r: { pillar_code: string; title: string; description: string | null }) =>
          JSON.stringify([r.pillar_code, r.title.replace(/\s+/g, ' ').trim(), r.description]),
        )
        .sort();
    const original = await copy(2);
    expect(original.join('\n')).toContain(accented);
    expect(original.join('\n')).toContain('=HYPERLINK(\\"http://evil.example\\",\\"klik\\") salinan');
    expect(await copy(draftId)).toEqual(original);
  });

  it('leaves no uploaded file behind, whatever became of the upload', async () => {
    // A query refused after the file arrived (bad periodId), a refused file, an accepted dry run.
    await t.http
      .post('/api/imports/items?periodId=abc')
      .set(auth(admin))
      .attach('file', Buffer.from('a,b\n'), 'a.csv')
      .expect(400);
    await t.http
      .post('/api/imports/agencies')
      .set(auth(admin))
      .attach('file', Buffer.from('%PDF-1.7'), 'a.pdf')
      .expect(415);
    await t.http
      .post('/api/imports/survey?periodId=2&dryRun=true')
      .set(auth(admin))
      .attach('file', Buffer.from('agency_code;overall\nPROV-62;71,5\n'), 'survei.csv')
      .expect(200);
    const mine = (await readdir(UPLOAD_DIR)).filter((f) => f.startsWith(`${process.pid}-`));
    expect(mine).toEqual([]);
  });
});
