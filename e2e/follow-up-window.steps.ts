import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, agencyIdByCode, apiToken } from './support/api';
import { launch, newContext, screenshot, seriousViolations, signIn } from './support/browser';

type FollowUpPage = { items: Array<{ id: number; agencyName: string; state: string }>; total: number };

/** Time passing in the follow-up window: no route moves a due date, so the journey moves it in the database. */
async function makeOverdue(followUpId: number): Promise<void> {
  const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await db.connect();
  try {
    await db.query(`UPDATE follow_up SET due_date = CURRENT_DATE - 3 WHERE id = $1`, [followUpId]);
  } finally {
    await db.end();
  }
}

/**
 * The follow-up window after the season story has published 2025: the Kalimantan Tengah coordinator finds an overdue
 * follow-up of Kota Palangka Raya in the province's list and reminds its team; the team sees the reminder and answers.
 * Defined here, run at the end of the season journey, which publishes the period this story needs.
 */
export function followUpWindowJourney(): void {
  describe('follow-up window journey', () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let adminToken: string;
    let kaltengId: number;
    let palangkarayaId: number;
    let followUpId: number;

    beforeAll(async () => {
      browser = await launch();
      adminToken = await apiToken('admin');
      kaltengId = await agencyIdByCode(adminToken, 'PROV-62');
      palangkarayaId = await agencyIdByCode(adminToken, 'KOTA-62.71');
      const period = await api<{ state: string }>(adminToken, '/api/periods/2');
      if (period.body.state === 'published') {
        const moved = await api<{ state: string }>(adminToken, '/api/periods/2/transition', {
          method: 'POST',
          body: JSON.stringify({ to: 'follow-up' }),
        });
        expect(moved.body.state).toBe('follow-up');
      }
      const open = await api<FollowUpPage>(
        adminToken,
        `/api/follow-ups?periodId=2&agencyId=${palangkarayaId}&state=open&pageSize=1`,
      );
      expect(open.body.total).toBeGreaterThan(0);
      followUpId = open.body.items[0]!.id;
      await makeOverdue(followUpId);
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
    });

    it("the province's coordinator filters its list to overdue and reminds Kota Palangka Raya's team", async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, 'koordinator-kalteng');
      expect(new URL(page.url()).pathname).toBe('/follow-ups');
      await page.locator('#fu-province').selectOption(String(kaltengId));
      await page.waitForURL(new RegExp(`province=${kaltengId}`));
      await page.getByLabel(/hanya yang lewat tenggat/i).check();
      await page.waitForURL(/overdue=true/);
      const card = page.locator(`#follow-up-${followUpId}`);
      await card.waitFor();
      expect(await card.innerText()).toMatch(/Palangka\s*Raya/i);
      expect(await card.innerText()).toMatch(/lewat tenggat/i);
      // The server's counts for the province's overdue view, in words.
      expect(await page.locator('.fu-summary').innerText()).toMatch(/^\d[\d.]* tindak lanjut: .* lewat tenggat$/);
      await screenshot(page, 'follow-ups-coordinator');
      expect(await seriousViolations(page)).toEqual([]);

      const remind = card.getByRole('button', { name: 'Kirim pengingat' });
      const [sent] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/follow-ups/${followUpId}/reminders`)),
        remind.click(),
      ]);
      expect(sent.status()).toBe(201);
      await card.getByText('Pengingat koordinator').waitFor();
      // A second reminder the same day is refused, in words.
      const [again] = await Promise.all([
        page.waitForResponse((r) => r.url().includes(`/follow-ups/${followUpId}/reminders`)),
        remind.click(),
      ]);
      expect(again.status()).toBe(409);
      await card
        .getByRole('alert')
        .filter({ hasText: /sudah diingatkan hari ini/ })
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it("Kota Palangka Raya's team sees the reminder, opens the follow-up and answers it", async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, 'palangkaraya');
      await page.getByRole('button', { name: /^notifikasi/i }).click();
      // A notification with an in-app link is a link.
      const reminder = page.getByRole('link', { name: /pengingat dari koordinator provinsi/i }).first();
      await reminder.waitFor();
      await reminder.click();
      await page.waitForURL(new RegExp(`/follow-ups/${followUpId}`));
      const card = page.locator(`#follow-up-${followUpId}`).first();
      const text = card.getByLabel(/tanggapan/i);
      await text.waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await text.fill('Video sosialisasi sudah diunggah dan ditautkan di laman Pemkot.');
      await card.getByLabel(/tautan bukti|evidence/i).fill('https://palangkaraya.go.id/berakhlak/bukti-1');
      const [answered] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/follow-ups/${followUpId}/response`)),
        card.getByRole('button', { name: /kirim/i }).click(),
      ]);
      expect(answered.status()).toBe(200);
      await screenshot(page, 'follow-up-answered');
      const token = await apiToken('palangkaraya');
      const view = await api<{ state: string }>(token, `/api/follow-ups/${followUpId}`);
      expect(view.body.state).toBe('responded');
      await context.close();
    });

    it('the evaluator works the decision queue by keyboard and accepts the answer with a new colour', async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, 'evaluator');
      await page.goto(`/follow-ups?period=2&province=${kaltengId}&agency=${palangkarayaId}`);
      await page.getByRole('button', { name: 'Kerjakan antrean keputusan' }).click();
      const heading = page.locator('#fu-queue-item');
      await heading.waitFor();
      // Focus is on the answer to decide; the keys are listed and named on the controls.
      expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
      expect(await page.locator('.fu-queue').innerText()).toContain('Video sosialisasi sudah diunggah');
      expect(await page.getByRole('button', { name: /hijau/i }).getAttribute('aria-keyshortcuts')).toBe('3 G');
      await screenshot(page, 'decision-queue');
      expect(await seriousViolations(page)).toEqual([]);
      const [decided] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/follow-ups/${followUpId}/decision`)),
        page.keyboard.press('3'),
      ]);
      expect(decided.status()).toBe(200);
      await page.getByText(/tidak ada lagi jawaban yang menunggu keputusan/i).waitFor();
      const token = await apiToken('evaluator');
      const view = await api<{ state: string; ratingColor: string }>(token, `/api/follow-ups/${followUpId}`);
      expect(view.body).toMatchObject({ state: 'accepted', ratingColor: 'green' });
    });
  });
}
