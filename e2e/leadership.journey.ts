import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FollowUpSummary, PeriodView } from '@pantau/domain';
import { api, apiToken } from './support/api';
import { launch, newContext, screenshot, seriousViolations, signIn } from './support/browser';

describe('leadership journey', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'leader');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the overview with KPI cards and charts that have text alternatives', async () => {
    await page.goto('/overview');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('canvas').first().waitFor();
    // The trend chart renders when it scrolls into view.
    await page.mouse.wheel(0, 4000);
    await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 4, null, { timeout: 15_000 });
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/Indeks/);
    await screenshot(page, 'overview');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens the national matrix as an ARIA grid with every agency', async () => {
    // From far down the overview, by the top bar's link: the new page starts at its top, heading below the bar.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^(matriks|matrix)$/i })
      .click();
    await page.waitForURL(/\/matrix/);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const barBottom = await page.locator('.topbar').evaluate((b) => b.getBoundingClientRect().bottom);
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom);
    const grid = page.getByRole('grid');
    await grid.waitFor();
    await page.getByRole('gridcell').first().waitFor();
    expect(Number(await grid.getAttribute('aria-rowcount'))).toBeGreaterThan(600);
    const label = await page
      .getByRole('gridcell')
      .first()
      .evaluate(
        (c) =>
          c.getAttribute('aria-label') ?? c.querySelector('[aria-label]')?.getAttribute('aria-label') ?? c.textContent,
      );
    expect(label).toMatch(/merah|kuning|hijau|belum dinilai/);
    await screenshot(page, 'matrix');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters to batch Timur, keeps the filter in the URL, and exports exactly that as XLSX', async () => {
    await page
      .getByLabel(/angkatan|wilayah|batch/i)
      .first()
      .selectOption('timur');
    await page.waitForURL(/batch=timur/);
    const grid = page.getByRole('grid');
    await page.waitForFunction(
      () => Number(document.querySelector('[role=grid]')?.getAttribute('aria-rowcount')) < 150,
    );
    const rows = Number(await grid.getAttribute('aria-rowcount')) - 1;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'XLSX' }).click(),
    ]);
    const file = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    let agencies = 0;
    sheet.eachRow((row, n) => {
      if (
        n > 1 &&
        String(row.getCell(1).value ?? '').trim() !== '' &&
        !/rata|total/i.test(String(row.getCell(2).value))
      )
        agencies++;
    });
    expect(agencies).toBe(rows);
    await screenshot(page, 'matrix-timur');
  });

  it("opens the follow-up window and drills from the worst province's overdue number into the list", async () => {
    const token = await apiToken('leader');
    const periods = (await api<PeriodView[] | { items: PeriodView[] }>(token, '/api/periods')).body;
    // 2024's follow-ups were due in February 2025: the open and rejected ones are overdue.
    const period = (Array.isArray(periods) ? periods : periods.items).find((p) => p.year === 2024)!;
    const summary = (await api<FollowUpSummary>(token, `/api/follow-ups/summary?periodId=${period.id}`)).body;
    const worst = summary.provinces[0]!;
    expect(worst.overdue).toBeGreaterThan(0);

    await page
      .getByRole('navigation')
      .getByRole('link', { name: /^masa tindak lanjut$/i })
      .click();
    await page.waitForURL(/\/follow-up-window/);
    await page.getByLabel(/^periode$/i).selectOption(String(period.id));
    await page.waitForURL(new RegExp(`period=${period.id}`));
    const provinces = page.getByRole('table', { name: /per provinsi/i });
    const first = provinces.locator('tbody tr').first();
    await first.waitFor();
    expect((await first.locator('th').innerText()).trim()).toBe(worst.name);
    const overdue = first.locator('a[data-measure="overdue"]');
    expect(Number((await overdue.innerText()).replace(/\D/g, ''))).toBe(worst.overdue);
    await screenshot(page, 'follow-up-window');
    expect(await seriousViolations(page)).toEqual([]);

    // By keyboard: the number is a link.
    await overdue.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/follow-ups\?/);
    const params = Object.fromEntries(new URL(page.url()).searchParams);
    expect(params).toMatchObject({ period: String(period.id), province: String(worst.provinceId), overdue: 'true' });
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: /^EN$/ }).click();
    await page.goto('/overview');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('nav').first().innerText()).toMatch(/Overview|Matrix/);
    await screenshot(page, 'overview-en');
    await page.getByRole('button', { name: /^ID$/ }).click();
  });
});
