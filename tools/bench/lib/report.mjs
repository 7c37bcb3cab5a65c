// The results: targets judged, one table per case, the JSON files, and the one-line summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RSS_TARGET = { metric: 'peakRssMb', max: 400, label: 'RSS <= 400 MB' };

const fmt = (v, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? '-' : Number(v).toFixed(d));

/** Judges one target: PASS, or MISS with by how much. */
export function judge(target, value) {
  if (value === null || value === undefined) return { ...target, value: null, pass: null, note: 'no value' };
  const pass = target.max !== undefined ? value <= target.max : value >= target.min;
  const limit = target.max ?? target.min;
  const by = target.max !== undefined ? value - limit : limit - value;
  const pct = limit ? Math.round((by / limit) * 100) : null;
  return { ...target, value, pass, by: pass ? 0 : Math.round(by * 100) / 100, byPct: pass ? 0 : pct };
}

export function caseRecord({ name, key, scale, api, floor, peakRssMb, targets, extra }) {
  const ratioP50 = floor?.p50 ? Math.round((api.p50 / floor.p50) * 100) / 100 : null;
  const ratioRps = floor?.rps ? Math.round((api.rps / floor.rps) * 100) / 100 : null;
  const rec = {
    name,
    key,
    scale,
    rps: api.rps,
    p50: api.p50,
    p95: api.p95,
    p99: api.p99,
    floorRps: floor?.rps ?? null,
    floorP50: floor?.p50 ?? null,
    floorP95: floor?.p95 ?? null,
    ratioP50,
    ratioRps,
    peakRssMb,
    requests: api.count,
    failed: api.failed,
    ...extra,
  };
  rec.targets = [...targets, RSS_TARGET].map((t) => judge(t, rec[t.metric]));
  return rec;
}

const missText = (t) =>
  t.max !== undefined
    ? `${fmt(t.value)} > ${t.max} (+${fmt(t.by)}, ${t.byPct}%)`
    : `${fmt(t.value)} < ${t.min} (-${fmt(t.by)}, ${t.byPct}%)`;

export function printTable(cases, print) {
  const head = [
    'case',
    'scale',
    'rps',
    'p50',
    'p95',
    'p99',
    'floor rps',
    'floor p50',
    'p50 x',
    'rps x',
    'RSS MB',
    'load',
    'targets',
  ];
  const rows = cases.map((c) => [
    c.name,
    c.scale,
    fmt(c.rps, 0),
    fmt(c.p50),
    fmt(c.p95),
    fmt(c.p99),
    fmt(c.floorRps, 0),
    fmt(c.floorP50),
    fmt(c.ratioP50, 2),
    fmt(c.ratioRps, 2),
    fmt(c.peakRssMb, 0),
    fmt(c.loadAvg1m, 1),
    c.targets
      .map((t) =>
        t.pass === null
          ? `${t.label}: n/a`
          : t.pass
            ? `PASS ${t.label}${t.sanity ? ' (sanity)' : ''}`
            : `MISS ${t.label}${t.sanity ? ' (sanity)' : ''}: ${missText(t)}`,
      )
      .join('; '),
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i === head.length - 1 ? 0 : String(r[i]).length))),
  );
  const line = (r) =>
    r
      .map((v, i) => (i === r.length - 1 ? v : i <= 1 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i])))
      .join('  ');
  print(line(head));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) print(line(r));
}

/** Units p50 over national p50 per read case: what grows with the size of the data. */
export function growth(cases) {
  const out = [];
  for (const c of cases.filter((c) => c.scale === 'units')) {
    const n = cases.find((x) => x.scale === 'national' && x.key === c.key);
    if (n)
      out.push({
        key: c.key,
        national: n.p50,
        units: c.p50,
        factor: n.p50 ? Math.round((c.p50 / n.p50) * 100) / 100 : null,
        floorFactor: n.floorP50 && c.floorP50 ? Math.round((c.floorP50 / n.floorP50) * 100) / 100 : null,
      });
  }
  return out;
}

export function writeResults(root, result) {
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);
  const text = JSON.stringify(result, null, 2) + '\n';
  writeFileSync(join(dir, `${day}.json`), text);
  writeFileSync(join(dir, 'latest.json'), text);
  return [join(dir, `${day}.json`), join(dir, 'latest.json')];
}

/** Every judged target outside the cases (browser, import, exports, drift) as {name, target}. */
export function otherTargets(result) {
  const out = [];
  const b = result.browser;
  if (b && b.firstScreenAfterDataMs !== undefined && b.firstScreenAfterDataMs !== null) {
    out.push({
      name: 'matrix first screen after data',
      ...judge({ metric: 'ms', max: 1000, label: 'first screen <= 1000 ms after data' }, b.firstScreenAfterDataMs),
    });
  }
  // Installed but without a score counts as a miss (with why), not as a target that was never there.
  if (b?.lighthouse && b.lighthouse.note !== 'not installed') {
    const score = b.lighthouse.score ?? null;
    out.push({
      name: 'overview Lighthouse',
      ...(score === null
        ? {
            metric: 'score',
            min: 90,
            label: 'Lighthouse >= 90',
            value: null,
            pass: false,
            note: b.lighthouse.error ?? b.lighthouse.note,
          }
        : judge({ metric: 'score', min: 90, label: 'Lighthouse >= 90' }, score)),
    });
  }
  const t = result.timings ?? {};
  if (t.import?.ms !== undefined && !t.import.error)
    out.push({
      name: 'import 35,000 items',
      ...judge({ metric: 'ms', max: 20_000, label: 'import <= 20 s' }, t.import.ms),
    });
  for (const f of ['xlsx', 'pdf']) {
    const e = t.export?.[f];
    if (e?.ms !== undefined && e.status === 200)
      out.push({
        name: `national export ${f}`,
        ...judge({ metric: 'ms', max: 3000, label: `${f} export <= 3 s` }, e.ms),
      });
  }
  const rss = { metric: 'peakRssMb', max: 400, label: 'RSS <= 400 MB' };
  if (t.import?.peakRssMb) out.push({ name: 'API RSS during the import', ...judge(rss, t.import.peakRssMb) });
  if (t.export?.peakRssMb) out.push({ name: 'API RSS during the exports', ...judge(rss, t.export.peakRssMb) });
  for (const [scale, mb] of Object.entries(result.peakRssMb ?? {})) {
    out.push({ name: `API RSS, whole ${scale} run`, ...judge(rss, mb) });
  }
  return out;
}

export function summaryLine(result) {
  const judged = [
    ...result.cases.flatMap((c) =>
      c.targets.filter((t) => t.pass !== null).map((t) => ({ ...t, name: `${c.scale} ${c.key}` })),
    ),
    ...otherTargets(result),
  ];
  const missed = judged.filter((t) => !t.pass);
  const short = (t) => `${t.name} ${t.metric} ${fmt(t.value)} ${t.max !== undefined ? '>' : '<'} ${t.max ?? t.min}`;
  return (
    `bench: ${result.cases.length} cases, ${judged.length} targets, ${judged.length - missed.length} met, ${missed.length} missed` +
    (missed.length ? ` (${missed.map(short).join('; ')})` : '') +
    `, drift ${result.drift}`
  );
}
