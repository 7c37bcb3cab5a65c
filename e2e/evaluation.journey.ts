import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, agencyIdByCode, apiToken } from './support/api';
import { followUpWindowJourney } from './follow-up-window.steps';
import { launch, newContext, screenshot, seriousViolations, signIn } from './support/browser';

type Cell = { red: number; yellow: number; green: number; grey: number };
type Matrix = { rows: Array<{ agency: { id: number }; cells: Cell[] }> };

/**
 * One story in order, on one running app: an evaluator rates by keyboard, results are published,
 * and the Kalimantan Tengah team answers a follow-up.
 */
describe('evaluation season journey', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let kaltengId: number;
  let adminToken: string;

  const rated = (m: Matrix, id: number) =>
    m.rows.find((r) => r.agency.id === id)!.cells.reduce((s, c) => s + c.red + c.yellow + c.green, 0);

  beforeAll(async () => {
    browser = await launch();
    adminToken = await apiToken('admin');
    kaltengId = await agencyIdByCode(adminToken, 'PROV-62');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('an evaluator rates three items by keyboard and sees the matrix change', async () => {
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'evaluator');
    expect(new URL(page.url()).pathname).toBe('/evaluate');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await screenshot(page, 'evaluate-list');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/matrix?period=2&q=PROV-62`);
    await page.getByRole('gridcell').first().waitFor();
    const labelsOf = () =>
      page
        .getByRole('gridcell')
        .evaluateAll((cells) =>
          cells.map((c) => c.getAttribute('aria-label') ?? c.querySelector('[aria-label]')?.getAttribute('aria-label')),
        );
    const labelsBefore = await labelsOf();
    const token = await apiToken('evaluator');
    const before = rated((await api<Matrix>(token, `/api/periods/2/matrix?q=PROV-62`)).body, kaltengId);

    await page.goto(`/evaluate?period=2&agency=${kaltengId}`);
    await page.locator('#rs-item-title').waitFor();
    await screenshot(page, 'rating-screen');
    expect(await seriousViolations(page)).toEqual([]);
    for (const key of ['3', 'y', '1']) {
      await page.locator('body').press('u');
      const [saved] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/ratings') && r.request().method() === 'POST'),
        page.locator('body').press(key),
      ]);
      expect(saved.status()).toBe(201);
    }
    const after = rated((await api<Matrix>(token, `/api/periods/2/matrix?q=PROV-62`)).body, kaltengId);
    expect(after).toBe(before + 3);

    // Walking down the whole list by keyboard, the current item stays visible in the list.
    const items = await page.locator('.rs-list__item').count();
    expect(items).toBeGreaterThan(15);
    for (let i = 0; i < items; i++) await page.locator('body').press('j');
    await page.locator('.rs-list__item').last().and(page.locator('[aria-current="true"]')).waitFor();
    const listShowsCurrent = await page.locator('.rs-list__items').evaluate((list) => {
      const box = list.getBoundingClientRect();
      const current = list.querySelector('[aria-current="true"]')!.getBoundingClientRect();
      return current.top >= box.top - 1 && current.bottom <= box.bottom + 1;
    });
    expect(listShowsCurrent).toBe(true);
    // The page ends at its footer: the list's hidden words once stretched it about 2,000 px further.
    const pastFooter = await page.evaluate(
      () =>
        document.documentElement.scrollHeight -
        (document.querySelector('footer')!.getBoundingClientRect().bottom + scrollY),
    );
    expect(pastFooter).toBeLessThanOrEqual(1);

    await page.goto(`/matrix?period=2&q=PROV-62`);
    await page.getByRole('gridcell').first().waitFor();
    const labelsAfter = await labelsOf();
    expect(labelsAfter).not.toEqual(labelsBefore);
    await context.close();
  });

  it('the Kalimantan Tengah team answers a follow-up and cannot reach another agency', async () => {
    const published = await api<{ state: string }>(adminToken, '/api/periods/2/transition', {
      method: 'POST',
      body: JSON.stringify({ to: 'published' }),
    });
    expect(published.body.state).toBe('published');
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'kalteng');
    await page.goto('/follow-ups');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = page.getByLabel(/tanggapan|response/i).first();
    await text.waitFor();
    await screenshot(page, 'follow-ups');
    expect(await seriousViolations(page)).toEqual([]);
    await text.fill('Spanduk sudah dipasang di seluruh OPD dan diperbarui setiap bulan.');
    await page
      .getByLabel(/tautan bukti|evidence/i)
      .first()
      .fill('https://kalteng.go.id/berakhlak/bukti-1');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/response') && r.request().method() === 'POST'),
      page
        .getByRole('button', { name: /kirim|send/i })
        .first()
        .click(),
    ]);
    expect(response.status()).toBeLessThan(300);
    const token = await apiToken('kalteng');
    const list = await api<{ items: Array<{ state: string }> }>(token, '/api/follow-ups?periodId=2&state=responded');
    expect(list.body.items.length).toBeGreaterThan(0);

    const otherId = await agencyIdByCode(adminToken, 'PROV-11');
    expect((await api(token, `/api/agencies/${otherId}`)).status).toBe(404);
    await page.goto(`/agencies/${otherId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/Aceh/);
    await screenshot(page, 'agency-forbidden');
  });

  it("the team's own agency page and the admin page pass the accessibility check", async () => {
    await page.goto(`/agencies/${kaltengId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'agency');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'admin');
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'admin');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the admin finds the evaluator's ratings in the audit trail, opens one by keyboard and follows it to its item", async () => {
    await page.goto('/admin/audit');
    await page.locator('#audit-action').selectOption('rating.');
    await page.waitForURL(/action=rating\./);
    const row = page.locator('tbody tr').filter({ hasText: 'Butir dinilai' }).first();
    await row.waitFor();
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await row.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await screenshot(page, 'admin-audit');
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/agencies/${kaltengId}\\?.*item=`));
  });
});

// The season goes on in the follow-up window, after this story has published 2025.
followUpWindowJourney();
