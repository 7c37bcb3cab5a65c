// The matrix page in headless Chromium: time to the first screen of rows, when the matrix data arrived, and
// how long until the last row is reachable by scrolling; Lighthouse on the overview page when installed.
import { createRequire } from 'node:module';
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
  const browser = await chromium.launch({
    executablePath: cfg.chromium,
    args: [...ARGS, '--remote-debugging-port=9339'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
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
    out.lighthouse = await lighthouseScore({ base, log });
  } finally {
    await browser.close();
  }
  return out;
}

/** Runs only when the `lighthouse` package resolves; uses the signed-in Chromium above through its debugging port. */
async function lighthouseScore({ base, log }) {
  let entry;
  try {
    entry = createRequire(join(process.cwd(), 'package.json')).resolve('lighthouse');
  } catch {
    return { score: null, note: 'not installed' };
  }
  try {
    const { default: lighthouse } = await import(entry);
    const result = await lighthouse(`${base}/overview`, {
      port: 9339,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableStorageReset: true,
      formFactor: 'desktop',
      screenEmulation: { disabled: true },
      throttlingMethod: 'provided',
    });
    const score = result?.lhr?.categories?.performance?.score;
    return { score: score === undefined || score === null ? null : Math.round(score * 100) };
  } catch (e) {
    log(`lighthouse failed: ${e.message}`);
    return { score: null, note: `failed: ${e.message}` };
  }
}
