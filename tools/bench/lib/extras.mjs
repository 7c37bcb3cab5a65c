// One-off timings: importing 35,000 items from XLSX (with its progress), and exporting the national matrix.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withClient } from './postgres.mjs';

const IMPORT_PERIOD = 'Bench import';
const PILLAR_NAMES = [
  'Berorientasi Pelayanan',
  'Akuntabel',
  'Kompeten',
  'Harmonis',
  'Loyal',
  'Adaptif',
  'Kolaboratif',
  'Bangga Melayani Bangsa',
];
const CADENCES = ['weekly', 'monthly', 'quarterly'];

/** Removes the items and the period of earlier import runs, then opens a fresh period for this one. */
async function freshImportPeriod(url) {
  return withClient(url, async (c) => {
    await c.query('BEGIN');
    const old = (await c.query(`SELECT id FROM period WHERE name LIKE $1`, [`${IMPORT_PERIOD}%`])).rows.map(
      (r) => r.id,
    );
    if (old.length) {
      await c.query(`DELETE FROM plan_item WHERE period_id = ANY($1::int[])`, [old]);
      await c.query(`DELETE FROM action_plan WHERE period_id = ANY($1::int[])`, [old]);
      await c.query(`DELETE FROM period WHERE id = ANY($1::int[])`, [old]);
    }
    const [p] = (
      await c.query(
        `INSERT INTO period (name, year, state, instrument_version) VALUES ($1, 2026, 'open', (SELECT max(version) FROM instrument)) RETURNING id`,
        [`${IMPORT_PERIOD} ${new Date().toISOString()}`],
      )
    ).rows;
    await c.query('COMMIT');
    const agencies = (
      await c.query(
        `SELECT a.code, (array_agg(w.name ORDER BY w.id))[1:4] AS units
         FROM agency a LEFT JOIN work_unit w ON w.agency_id = a.id WHERE a.parent_id IS NULL GROUP BY a.id ORDER BY a.id`,
      )
    ).rows;
    return { periodId: p.id, agencies };
  });
}

async function itemsWorkbook(agencies, rows) {
  const ExcelJS = createRequire(join(process.cwd(), 'package.json'))('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('items');
  ws.addRow(['agency_code', 'pillar', 'title', 'description', 'cadence', 'work_unit']);
  for (let i = 0; i < rows; i++) {
    const a = agencies[i % agencies.length];
    const k = Math.floor(i / agencies.length);
    const units = a.units.filter(Boolean);
    ws.addRow([
      a.code,
      PILLAR_NAMES[k % 8],
      `Butir rencana aksi ${k + 1}: penguatan budaya kerja BerAKHLAK`,
      'Kegiatan rutin dengan publikasi melalui media sosial dan situs web instansi.',
      CADENCES[k % 3],
      units.length ? units[k % units.length] : '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function importTiming({ base, token, url, rows = 35_000, log }) {
  const { periodId, agencies } = await freshImportPeriod(url);
  const t0 = Date.now();
  const file = await itemsWorkbook(agencies, rows);
  const buildMs = Date.now() - t0;
  const importId = randomUUID();
  const form = new FormData();
  form.append(
    'file',
    new Blob([file], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    'items.xlsx',
  );
  const phases = [];
  let polling = true;
  const poll = (async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, 250));
      const r = await fetch(`${base}/api/imports/${importId}/progress`, {
        headers: { authorization: `Bearer ${token}` },
      }).catch(() => null);
      if (r?.ok) {
        const p = await r.json();
        const last = phases.at(-1);
        if (!last || last.phase !== p.phase) phases.push({ ...p, atMs: Date.now() - started });
      }
    }
  })();
  const started = Date.now();
  const res = await fetch(`${base}/api/imports/items?periodId=${periodId}&importId=${importId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const ms = Date.now() - started;
  polling = false;
  await poll;
  const body = await res.json().catch(() => null);
  if (res.status === 404 && /Cannot POST/.test(JSON.stringify(body)))
    return { skipped: 'route POST /api/imports/items does not exist yet' };
  if (!res.ok) {
    log(`import answered ${res.status}: ${JSON.stringify(body).slice(0, 400)}`);
    return { ms, status: res.status, error: JSON.stringify(body).slice(0, 400), fileBytes: file.length };
  }
  return {
    ms,
    rows,
    created: body?.created,
    fileBytes: file.length,
    buildFileMs: buildMs,
    progressPhases: phases,
    periodId,
  };
}

export async function exportTimings({ base, token, periodId }) {
  const out = {};
  for (const format of ['xlsx', 'pdf']) {
    const t0 = Date.now();
    const r = await fetch(`${base}/api/periods/${periodId}/matrix.${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const buf = Buffer.from(await r.arrayBuffer());
    const ms = Date.now() - t0;
    if (r.status === 404 && /Cannot GET/.test(buf.toString()))
      out[format] = { skipped: `route GET /api/periods/{id}/matrix.${format} does not exist yet` };
    else out[format] = { ms, status: r.status, bytes: buf.length, contentType: r.headers.get('content-type') };
  }
  return out;
}
