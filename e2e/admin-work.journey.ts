import type { AssignmentView, PeriodView, UserView } from '@pantau/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { agencyIdByCode, api, apiToken } from './support/api';
import { launch, newContext, screenshot, seriousViolations, signIn } from './support/browser';

/** An agency no other journey works with. */
const AGENCY = 'KAB-63.11';

describe('admin journey: coordinators, per-agency assignments, job results', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: string;

  beforeAll(async () => {
    browser = await launch();
    context = await newContext(browser);
    page = await context.newPage();
    await signIn(page, 'admin');
    admin = await apiToken('admin');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('moves one agency to another evaluator by keyboard, confirmed and announced, its ratings kept', async () => {
    const { body: periods } = await api<PeriodView[]>(admin, '/api/periods');
    const period = [...periods].sort((a, b) => b.id - a.id).find((p) => p.state !== 'closed')!;
    const agencyId = await agencyIdByCode(admin, AGENCY);
    const list = async () =>
      (await api<AssignmentView[]>(admin, `/api/periods/${period.id}/assignments`)).body.find(
        (a) => a.agencyId === agencyId,
      );
    const before = (await list())!;
    const { body: users } = await api<UserView[]>(admin, '/api/users');
    const other = users.find((u) => u.role === 'evaluator' && !u.disabled && u.id !== before.evaluatorId)!;

    await page.goto(`/admin/assignments?period=${period.id}`);
    await page.getByRole('heading', { name: /Beban kerja evaluator/ }).waitFor();
    const workload = page.locator('table').first();
    for (const column of ['Butir', 'Belum dinilai', 'Tindak lanjut menunggu keputusan']) {
      await workload.getByRole('columnheader', { name: column, exact: true }).waitFor();
    }
    await page.getByRole('searchbox', { name: 'Cari instansi' }).fill(AGENCY);
    const box = page.getByRole('checkbox', { name: `Pilih ${before.agencyName}` });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.locator('#assign-chosen').getByText('1 instansi dipilih').waitFor();
    await page.getByLabel('Berikan kepada').selectOption(String(other.id));
    await page.getByRole('button', { name: 'Tinjau penugasan instansi terpilih' }).focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await dialog.getByText(`1 instansi akan dinilai oleh ${other.displayName}.`).waitFor();
    expect(await dialog.innerText()).toContain(`1 dari ${before.evaluatorName}`);
    await screenshot(page, 'admin-assignment-move');
    await dialog.getByRole('button', { name: 'Pindahkan 1 instansi' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(`1 instansi kini dinilai oleh ${other.displayName}`, { exact: false })
      .waitFor();

    const after = (await list())!;
    expect(after).toMatchObject({ evaluatorId: other.id, rated: before.rated, total: before.total });
    expect(await seriousViolations(page)).toEqual([]);
    // Back to where it was, for the journeys that come after.
    await api(admin, `/api/periods/${period.id}/assignments`, {
      method: 'PUT',
      body: JSON.stringify({ evaluatorId: before.evaluatorId, agencyIds: [agencyId] }),
    });
  });

  it('creates a provincial coordination team, choosing among provinces only', async () => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: /Tambah pengguna/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama pengguna').fill('koordinator-kalsel');
    await dialog.getByLabel('Nama lengkap').fill('Koordinator Kalimantan Selatan');
    await dialog.getByLabel('Peran').selectOption('coordinator');
    await dialog.getByText(/hanya instansi bertipe provinsi yang dapat dipilih/).waitFor();
    const options = await dialog.locator('#user-form-agency option').allInnerTexts();
    expect(options.length).toBeGreaterThan(30);
    expect(options.every((o) => o.startsWith('Provinsi '))).toBe(true);
    await dialog.getByRole('searchbox').fill('Kalimantan Selatan');
    await dialog.locator('#user-form-agency').selectOption(String(await agencyIdByCode(admin, 'PROV-63')));
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page
      .getByRole('status')
      .getByText(/Koordinator Kalimantan Selatan/)
      .first()
      .waitFor();
    const row = page.getByRole('row', { name: /Koordinator Kalimantan Selatan/ });
    expect(await row.innerText()).toContain('Provinsi Kalimantan Selatan beserta kabupaten/kotanya');
  });

  it('shows job results in words', async () => {
    // The score snapshot: a job that notifies nobody, so the journeys beside this one see the same inboxes.
    await page.goto('/admin/jobs');
    await page.getByRole('button', { name: 'Jalankan Rekam skor harian sekarang' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Rekam skor harian' });
    await status.waitFor();
    const text = await status.innerText();
    expect(text).toMatch(/\d[\d.]* instansi bernilai · \d[\d.]* rekaman skor baru disimpan/);
    expect(text).not.toMatch(/\b(agencies|snapshots):/);
  });
});
