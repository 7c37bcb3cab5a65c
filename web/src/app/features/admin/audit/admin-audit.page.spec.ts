import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditEventView } from '@pantau/domain';
import { makeAgency, makePeriod } from '../../../../testing/fixtures';
import AdminAuditPage from './admin-audit.page';

const event = (id: number, overrides: Partial<AuditEventView> = {}): AuditEventView => ({
  id: String(id),
  at: '2025-03-10T03:00:00.000Z',
  userId: 2,
  username: 'evaluator',
  action: 'rating.created',
  entityType: 'item',
  entityId: '5',
  agencyId: 62,
  agencyName: 'Provinsi Kalimantan Tengah',
  periodId: 2,
  periodName: 'Evaluasi 2025',
  itemId: 5,
  subject: 'Janji layanan di setiap loket',
  before: { color: null, version: 0 },
  after: { color: 'green', version: 1 },
  requestId: 'req-1',
  ...overrides,
});

const EVENTS = [
  event(1),
  event(2, { action: 'follow-up.responded', entityType: 'follow-up', entityId: '7', itemId: 5 }),
  event(3, {
    action: 'login.failed',
    entityType: 'user',
    entityId: null,
    username: 'mallory',
    userId: null,
    agencyId: null,
    agencyName: null,
    periodId: null,
    periodName: null,
    itemId: null,
    subject: 'mallory',
    before: null,
  }),
  event(4, {
    action: 'period.transitioned',
    entityType: 'period',
    entityId: '2',
    agencyId: null,
    agencyName: null,
    itemId: null,
    subject: 'Evaluasi 2025',
  }),
  event(5, { action: 'session.revoked', entityType: 'session', entityId: 'abc', itemId: null, subject: null }),
];

/** Lets the router, resources and rendering catch up (whenStable would wait for the open requests). */
async function settle(harness: RouterTestingHarness) {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    harness.detectChanges();
  }
}

/** Answers the page's side requests (lists for the filters); returns the audit list requests still open. */
function answerLists(backend: HttpTestingController): TestRequest[] {
  for (const r of backend.match('/api/audit/actions'))
    r.flush(['follow-up.responded', 'login.failed', 'login.succeeded', 'rating.created', 'session.revoked']);
  for (const r of backend.match('/api/users'))
    r.flush([{ id: 2, username: 'evaluator', displayName: 'Analis Tengah', role: 'evaluator' }]);
  for (const r of backend.match((q) => q.url === '/api/agencies'))
    r.flush({ items: [makeAgency(62, { name: 'Provinsi Kalimantan Tengah', code: 'PROV-62' })], total: 1 });
  for (const r of backend.match('/api/periods')) r.flush([makePeriod({ id: 2, name: 'Evaluasi 2025' })]);
  return backend.match((q) => q.url === '/api/audit');
}

async function setup(url = '/admin/audit', page = { items: EVENTS, total: EVENTS.length }) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'admin/audit', component: AdminAuditPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await settle(harness);
  const [list] = answerLists(backend);
  const params = list!.request.params;
  list!.flush(page);
  await settle(harness);
  return { harness, backend, params, router: TestBed.inject(Router), el: harness.routeNativeElement as HTMLElement };
}

/** The audit list requests sent since the last answer, as query strings; answers them with an empty page. */
async function nextRequests(harness: RouterTestingHarness, backend: HttpTestingController): Promise<string[]> {
  await settle(harness);
  const requests = answerLists(backend);
  const sent = requests.map((r) => r.request.params.toString());
  for (const r of requests) r.flush({ items: EVENTS, total: 120 });
  await settle(harness);
  return sent;
}

const cells = (el: HTMLElement, column: number) =>
  [...el.querySelectorAll('tbody tr')].map((tr) => tr.children[column]!);

describe('AdminAuditPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the filters of the URL to the API and shows them in the filter bar', async () => {
    const { params, el } = await setup(
      '/admin/audit?user=evaluator&action=rating.&agency=62&period=2&from=2025-03-01&to=2025-03-10&page=2',
    );
    expect(params.toString()).toBe(
      'username=evaluator&action=rating.&agencyId=62&periodId=2&from=2025-03-01&to=2025-03-10&page=2&pageSize=50',
    );
    expect(el.querySelector<HTMLInputElement>('#audit-user')!.value).toBe('evaluator');
    expect(el.querySelector<HTMLSelectElement>('#audit-action')!.value).toBe('rating.');
    expect(el.querySelector<HTMLInputElement>('#audit-agency')!.value).toBe('Provinsi Kalimantan Tengah (PROV-62)');
    expect(el.querySelector<HTMLSelectElement>('#audit-period')!.value).toBe('2');
    expect(el.querySelector<HTMLInputElement>('#audit-from')!.value).toBe('2025-03-01');
    expect(el.querySelector<HTMLInputElement>('#audit-to')!.value).toBe('2025-03-10');
  });

  it('ignores what the API would refuse in a hand-edited URL', async () => {
    const { params } = await setup('/admin/audit?user=a%20b&action=Rating&agency=x&from=2025-3-1&page=0');
    expect(params.toString()).toBe('page=1&pageSize=50');
  });

  it('writes a chosen action into the URL, back at page 1, and asks again', async () => {
    const { harness, backend, router, el } = await setup('/admin/audit?page=3');
    const select = el.querySelector<HTMLSelectElement>('#audit-action')!;
    const group = [...select.querySelectorAll('optgroup')].map((g) => g.label);
    expect(group).toContain('Semua: Masuk');
    select.value = 'login.failed';
    select.dispatchEvent(new Event('change'));
    expect(await nextRequests(harness, backend)).toEqual(['action=login.failed&page=1&pageSize=50']);
    expect(router.url).toBe('/admin/audit?action=login.failed');
  });

  it('applies a typed user and agency, and refuses an agency that is not in the list', async () => {
    const { harness, backend, router, el } = await setup();
    const user = el.querySelector<HTMLInputElement>('#audit-user')!;
    user.value = 'evaluator';
    user.dispatchEvent(new Event('input'));
    user.dispatchEvent(new Event('change'));
    expect(await nextRequests(harness, backend)).toEqual(['username=evaluator&page=1&pageSize=50']);
    const agency = el.querySelector<HTMLInputElement>('#audit-agency')!;
    agency.value = 'Nowhere';
    agency.dispatchEvent(new Event('input'));
    agency.dispatchEvent(new Event('change'));
    expect(await nextRequests(harness, backend)).toEqual([]);
    expect(agency.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#audit-agency-error')?.textContent).toContain('Pilih instansi dari daftar');
    agency.value = 'Provinsi Kalimantan Tengah (PROV-62)';
    agency.dispatchEvent(new Event('input'));
    agency.dispatchEvent(new Event('change'));
    expect(await nextRequests(harness, backend)).toEqual(['username=evaluator&agencyId=62&page=1&pageSize=50']);
    expect(router.url).toBe('/admin/audit?user=evaluator&agency=62');
  });

  it('writes dates and the period into the URL', async () => {
    const { harness, backend, router, el } = await setup();
    const from = el.querySelector<HTMLInputElement>('#audit-from')!;
    from.value = '2025-03-10';
    from.dispatchEvent(new Event('change'));
    await nextRequests(harness, backend);
    const period = el.querySelector<HTMLSelectElement>('#audit-period')!;
    period.value = '2';
    period.dispatchEvent(new Event('change'));
    expect(await nextRequests(harness, backend)).toEqual(['periodId=2&from=2025-03-10&page=1&pageSize=50']);
    expect(router.url).toBe('/admin/audit?from=2025-03-10&period=2');
  });

  it('names actions in words, keeps unknown ones as they are, and links each row to what it concerns', async () => {
    const { el } = await setup();
    expect(cells(el, 2).map((c) => c.textContent?.trim().split(/\s+/)[0])).toEqual([
      'Butir',
      'Tindak',
      'Gagal',
      'Tahap',
      'session.revoked',
    ]);
    const hrefs = cells(el, 3).map((c) => c.querySelector('a')?.getAttribute('href') ?? null);
    expect(hrefs).toEqual([
      '/items/5',
      '/follow-ups/7',
      '/admin/users?q=mallory',
      '/admin/periods',
      '/agencies/62?period=2',
    ]);
    expect(cells(el, 3)[0]!.textContent?.trim()).toBe('Butir: Janji layanan di setiap loket');
    const agencies = cells(el, 4).map((c) => c.querySelector('a')?.getAttribute('href') ?? null);
    expect(agencies).toEqual(['/agencies/62?period=2', '/agencies/62?period=2', null, null, '/agencies/62?period=2']);
  });

  it('shows before and after, and the request id, in a details disclosure', async () => {
    const { el } = await setup();
    const details = el.querySelector<HTMLDetailsElement>('tbody details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toContain('Rincian');
    const pre = [...details.querySelectorAll('pre')].map((p) => JSON.parse(p.textContent!));
    expect(pre).toEqual([
      { color: null, version: 0 },
      { color: 'green', version: 1 },
    ]);
    expect(details.querySelector('code')?.textContent).toBe('req-1');
    expect(el.querySelectorAll('tbody details')[2]!.querySelector('pre')?.textContent).toBe('tidak ada');
  });

  it('pages through with the total', async () => {
    const { harness, backend, router, el } = await setup('/admin/audit', { items: EVENTS, total: 120 });
    expect(el.querySelector('.audit-pager')?.textContent).toContain('120 kejadian · Halaman 1 dari 3');
    const [prev, next] = [...el.querySelectorAll<HTMLButtonElement>('.audit-pager button')];
    expect(prev!.disabled).toBe(true);
    next!.click();
    expect(await nextRequests(harness, backend)).toEqual(['page=2&pageSize=50']);
    expect(router.url).toBe('/admin/audit?page=2');
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { harness, backend, router, el } = await setup('/admin/audit?action=login.', { items: [], total: 0 });
    expect(el.querySelector('pantau-empty')?.textContent).toContain('Tidak ada kejadian yang cocok');
    el.querySelector<HTMLButtonElement>('pantau-empty button')!.click();
    expect(await nextRequests(harness, backend)).toEqual(['page=1&pageSize=50']);
    expect(router.url).toBe('/admin/audit');
  });

  it('says what went wrong when the trail cannot load', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin/audit', component: AdminAuditPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/audit');
    await settle(harness);
    answerLists(backend)[0]!.flush({ statusCode: 500 }, { status: 500, statusText: 'Server Error' });
    await settle(harness);
    expect(harness.routeNativeElement?.querySelector('pantau-error')?.textContent).toContain('Server sedang');
  });

  it('exports the filtered trail as CSV and XLSX', async () => {
    const { harness, backend, el } = await setup('/admin/audit?action=rating.&period=2&page=2');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('pantau-audit-export button')];
    expect(buttons.map((b) => b.textContent?.trim())).toEqual(['CSV', 'XLSX']);
    expect(el.querySelector('pantau-audit-export')?.textContent).toContain('paling banyak 20.000 kejadian');
    buttons[1]!.click();
    await settle(harness);
    const [file] = backend.match((r) => r.url === '/api/audit.xlsx');
    expect(file!.request.params.toString()).toBe('action=rating.&periodId=2');
    const created = jest.fn(() => 'blob:audit');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    file!.flush(new Blob(['x']), {
      headers: { 'Content-Disposition': 'attachment; filename="jejak-audit-2025-03-10.xlsx"' },
    });
    await settle(harness);
    expect(created).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
    expect(el.querySelector('pantau-audit-export [role="status"]')?.textContent).toContain('Berkas XLSX telah diunduh');
  });
});
