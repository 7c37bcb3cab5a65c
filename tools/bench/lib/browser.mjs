// The matrix page in headless Chromium: time to the first screen of rows, when the matrix data arrived, and
// how long until the last row is reachable by scrolling; Lighthouse on the overview page when installed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function browserTimings({ base, cfg, periodId, log }) {
  const { chromium } = await import('playwright-core');
  const out = { url: `${base}/matrix?period=${periodId}` };
  // A persistent context is the browser's default one, which Lighthouse's own tab shares: signed in once, both
  // see the session (an isolated context would leave Lighthouse on the sign-in page).
  const userDataDir = mkdtempSync(join(tmpdir(), 'pantau-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: cfg.chromium,
    args: [...ARGS, '--remote-debugging-port=9339'],
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${base}/login`);
    await page.getByLabel('Nama pengguna').fill('leader');
    await page.getByLabel('Kata sandi', { exact: true }).fill(cfg.password);
    // "Remember me": the session goes to localStorage, so Lighthouse's own tab is signed in too.
    await page
      .getByRole('checkbox')
      .first()
      .check()
      .catch(() => undefined);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 20_000 });
    await page.waitForLoadState('networkidle');

    // Navigation: a fresh load of the matrix page (the app shell from cache, the session from storage).
    let dataAt = null;
    let dataBytes = null;
    page.on('response', (r) => {
      if (dataAt === null && /\/api\/periods\/\d+\/matrix(\?|$)/.test(r.url())) {
        dataAt = performance.now();
        r.body()
          .then((b) => (dataBytes = b.length))
          .catch(() => undefined);
      }
    });
    const t0 = performance.now();
    await page.goto(out.url, { waitUntil: 'commit' });
    const firstRow = page.locator('[role="grid"] [role="row"][aria-rowindex="2"]');
    await firstRow.waitFor({ state: 'visible', timeout: 30_000 });
    const firstScreen = performance.now();
    const rowCount = Number(await page.locator('[role="grid"]').getAttribute('aria-rowcount')) - 1;
    const rendered = await page.locator('[role="grid"] [role="rowgroup"] [role="row"]').count();

    // Scroll the grid's viewport to the bottom and wait until the last row is on screen.
    const s0 = performance.now();
    await page.evaluate(() => {
      const vp = document.querySelector('[role="grid"] cdk-virtual-scroll-viewport, [role="grid"] .grid__body');
      vp.scrollTop = vp.scrollHeight;
    });
    await page
      .locator(`[role="grid"] [role="row"][aria-rowindex="${rowCount + 1}"]`)
      .waitFor({ state: 'visible', timeout: 30_000 });
    const lastRow = performance.now();

    Object.assign(out, {
      rows: rowCount,
      renderedRows: rendered,
      dataArrivedMs: dataAt === null ? null : Math.round(dataAt - t0),
      matrixBytes: dataBytes,
      firstScreenMs: Math.round(firstScreen - t0),
      firstScreenAfterDataMs: dataAt === null ? null : Math.round(firstScreen - dataAt),
      lastRowAfterScrollMs: Math.round(lastRow - s0),
      lastRowFromNavigationMs: Math.round(lastRow - t0),
    });
    out.lighthouse = await lighthouseScore({ url: `${base}/overview?period=${periodId}`, log });
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return out;
}

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/**
 * Lighthouse's performance score of the overview, through the signed-in Chromium above (its debugging port):
 * with Lighthouse's desktop preset (simulated 40 ms RTT and 10 Mbit/s, no CPU slowdown; leadership reads the
 * dashboard on laptops), which is the target, and with its default mobile preset (slow 4G, 4x slower CPU) for
 * information.
 */
async function lighthouseScore({ url, log }) {
  const req = createRequire(join(process.cwd(), 'package.json'));
  let entry;
  try {
    entry = req.resolve('lighthouse');
  } catch {
    return { score: null, note: 'not installed' };
  }
  const { default: lighthouse } = await import(entry);
  const { default: desktop } = await import(req.resolve('lighthouse/core/config/desktop-config.js'));
  const run = async (config) => {
    const result = await lighthouse(
      url,
      { port: 9339, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true },
      config,
    );
    const lhr = result?.lhr;
    if (new URL(lhr.finalDisplayedUrl).pathname !== '/overview') {
      throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not the overview: the session did not carry over`);
    }
    const score = lhr?.categories?.performance?.score;
    if (score === undefined || score === null) return { score: null, error: lhr?.runtimeError?.message ?? 'no score' };
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, Math.round((lhr?.audits?.[id]?.numericValue ?? NaN) * 1000) / 1000]),
    );
    return {
      score: score === undefined || score === null ? null : Math.round(score * 100),
      ...metrics,
      finalUrl: lhr?.finalDisplayedUrl,
    };
  };
  // A run can end without a score (e.g. Lighthouse saw no paint in its trace); one retry, then say why.
  const scored = async (config) => {
    const first = await run(config);
    return first.score === null ? { ...(await run(config)), firstAttempt: first.error } : first;
  };
  try {
    const out = { preset: 'desktop', ...(await scored(desktop)) };
    out.mobile = await scored(undefined);
    return out;
  } catch (e) {
    log(`lighthouse failed: ${e.message}`);
    return { score: null, note: `failed: ${e.message}` };
  }
}
