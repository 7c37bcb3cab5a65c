import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stream } from 'exceljs';
import { Client } from 'pg';
import { PILLARS } from '@pantau/domain';
import { createTestDatabase, dropTestDatabase } from '../testing/test-database';
import { AppProcess, buildApi, ROOT } from './support/app-process';
import { probe } from './support/http-probe';
import { freePort } from './support/pg-server';

// The root Jest config runs projects, where a project's testTimeout is not applied.
jest.setTimeout(600_000);

const UPLOADS = 12;
const ROWS = 61_000;
const MB = 1024 * 1024;
const RSS_LIMIT_MB = 600;

/** Resident memory of a process from /proc, in MB: VmHWM is its peak since it started. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** An item workbook of about 4.6 MB: real agency codes, varied text (text that compresses less than filler). */
async function itemWorkbook(path: string, codes: string[], rows: number): Promise<number> {
  const wb = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Butir');
  ws.addRow(['agency_code', 'pillar', 'title', 'description', 'cadence', 'work_unit', 'criterion_code']).commit();
  const words = (
    'layanan publik inovasi digital pegawai kinerja anggaran transparansi data daring kolaborasi masyarakat ' +
    'pengaduan informasi pelatihan pelaporan pemantauan perizinan kepegawaian'
  ).split(' ');
  let x = 7;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  const phrase = (n: number) => Array.from({ length: n }, () => words[next() % words.length]).join(' ');
  for (let i = 0; i < rows; i++) {
    const pillar = PILLARS[i % PILLARS.length]!;
    ws.addRow([
      codes[i % codes.length],
      pillar.code,
      `Butir ${i} ${phrase(4)}`,
      `${phrase(10)} ${next()}`,
      'monthly',
      `Unit ${i % 7}`,
      '',
    ]).commit();
  }
  await wb.commit();
  return statSync(path).size;
}

/**
 * Twelve people upload a 4.6 MB workbook each at the same moment. Parsed all at once they took the API to
 * 2.9 GB (1.6 GB on this test's workbooks with IMPORT_CONCURRENCY=12); queued, one at a time, the process
 * stays under 600 MB (about 350 MB; 450–630 MB without a garbage collection between imports), and every
 * upload gets its answer.
 */
describe('twelve concurrent workbook imports', () => {
  const work = join(ROOT, 'tmp', `import-memory-${process.pid}`);
  const file = join(work, 'butir.xlsx');
  let databaseUrl: string;
  let app: AppProcess | null = null;
  let base: string;
  let periodId: number;
  let fileSize: number;

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    const main = buildApi(join(work, 'build'));
    databaseUrl = await createTestDatabase('mem');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const codes = (await db.query(`SELECT code FROM agency ORDER BY id`)).rows.map((r) => r.code as string);
      [{ id: periodId }] = (
        await db.query(
          `INSERT INTO period (name, year, state, instrument_version) VALUES ('Uji memori impor', 2034, 'draft', '2025.1') RETURNING id`,
        )
      ).rows;
      fileSize = await itemWorkbook(file, codes, ROWS);
    } finally {
      await db.end();
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = new AppProcess(main, {
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: '0',
      SCHEDULER_ENABLED: '0',
      LOG_LEVEL: 'warn',
      WEB_DIR: join(work, 'no-web'),
      LOGIN_LIMIT_PER_ADDRESS: '1000',
      UPLOAD_LIMIT_BYTES: '',
      IMPORT_CONCURRENCY: '',
      IMPORT_QUEUE_LIMIT: '',
    });
    const end = Date.now() + 120_000;
    for (;;) {
      if (!app.running) throw new Error(`the app exited while starting:\n${app.log}`);
      const up = await probe({ method: 'GET', url: `${base}/api/health`, timeoutMs: 2000 }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (up) break;
      if (Date.now() > end) throw new Error(`the app did not become healthy:\n${app.log}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 300_000);

  afterAll(async () => {
    if (app?.running) {
      app.child.kill('SIGTERM');
      if (!(await app.exitWithin(30_000))) app.child.kill('SIGKILL');
    }
    if (databaseUrl) await dropTestDatabase(databaseUrl);
    rmSync(work, { recursive: true, force: true });
  });

  it('answers every upload and keeps the process under 600 MB of resident memory', async () => {
    expect(fileSize).toBeGreaterThan(4.5 * MB);
    expect(fileSize).toBeLessThan(4.8 * MB);
    const login = await probe({
      method: 'POST',
      url: `${base}/api/auth/login`,
      body: { username: 'admin', password: 'berakhlak-demo' },
    });
    expect(login.status).toBe(201);
    const token = (login.json as { accessToken: string }).accessToken;
    const headers = { authorization: `Bearer ${token}` };
    const pid = app!.child.pid!;
    const before = memoryOf(pid);

    let sampling = true;
    let sampledPeak = 0;
    const sampler = (async () => {
      while (sampling) {
        sampledPeak = Math.max(sampledPeak, memoryOf(pid).rssMb);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const content = readFileSync(file);
    const positions = new Set<number>();
    const uploads = Array.from({ length: UPLOADS }, async () => {
      const reserved = await probe({
        method: 'POST',
        url: `${base}/api/imports/jobs`,
        token,
        body: { kind: 'items', periodId },
      });
      const { importId } = reserved.json as { importId: string };
      const form = new FormData();
      form.append('file', new Blob([content]), 'butir.xlsx');
      const answer = fetch(`${base}/api/imports/items?periodId=${periodId}&importId=${importId}`, {
        method: 'POST',
        headers,
        body: form,
        signal: AbortSignal.timeout(540_000),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> }));
      let finished = false;
      void answer.finally(() => (finished = true));
      while (!finished) {
        const p = await probe({ method: 'GET', url: `${base}/api/imports/${importId}/progress`, token });
        const progress = p.json as { phase: string; position?: number };
        if (progress?.phase === 'queued' && progress.position) positions.add(progress.position);
        await new Promise((r) => setTimeout(r, 500));
      }
      return answer;
    });
    const answers = await Promise.all(uploads);
    sampling = false;
    await sampler;
    const after = memoryOf(pid);
    console.info(
      `${UPLOADS} uploads of ${(fileSize / MB).toFixed(1)} MB: RSS before ${before.rssMb.toFixed(0)} MB, ` +
        `sampled peak ${sampledPeak.toFixed(0)} MB, VmHWM ${after.peakMb.toFixed(0)} MB; queue positions seen: ` +
        `${[...positions].sort((a, b) => a - b).join(', ')}`,
    );

    expect(answers.map((a) => (a.status >= 500 ? `${a.status} ${JSON.stringify(a.body)}` : a.status))).toEqual(
      Array(UPLOADS).fill(201),
    );
    // One upload created the items; the other eleven read the same file and found nothing to change.
    const created = answers.map((a) => a.body['created']).sort();
    expect(created).toEqual([...Array(UPLOADS - 1).fill(0), ROWS]);
    expect(after.peakMb).toBeLessThan(RSS_LIMIT_MB);
  });
});
