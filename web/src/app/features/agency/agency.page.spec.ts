import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AgencyDetail, ItemView, PeriodState, Role, SessionUser, TrendResponse } from '@pantau/domain';
import { of } from 'rxjs';
import { makeAgency, makeItem, makePeriod, makeRating } from '../../../testing/fixtures';
import { AuthService } from '../../core/auth/auth.service';
import { PeriodsService } from '../../core/periods/periods.service';
import { AgencyDataService } from './agency-data.service';
import AgencyPage from './agency.page';

const AGENCY: AgencyDetail = {
  ...makeAgency(101, { name: 'Provinsi Kalimantan Tengah', type: 'provinsi', batch: 'tengah', code: 'PROV-62' }),
  provinceCode: '62',
  workUnits: [{ id: 10, name: 'Dinas Kesehatan' }],
};

const TREND: TrendResponse = { agency: AGENCY, points: [], snapshots: [] };

function items(): ItemView[] {
  return [
    makeItem(1, {
      pillar: 'akuntabel',
      title: 'Laporan kinerja <b>terbuka</b>',
      rating: makeRating({ color: 'red', note: 'Belum ada <script>bukti</script>.' }),
    }),
    makeItem(2, { pillar: 'adaptif', title: 'Inovasi layanan daring', rating: makeRating({ color: 'green' }) }),
    makeItem(3, { pillar: 'adaptif', title: 'Replikasi inovasi', rating: null }),
  ];
}

async function setup(options: { role: Role; state: PeriodState; url?: string; list?: ItemView[] }) {
  const user: SessionUser = {
    id: 6,
    username: 'kalteng',
    displayName: 'Tim Kalteng',
    role: options.role,
    agencyId: options.role === 'agency' ? 101 : null,
    batch: null,
  };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'agencies/:id', component: AgencyPage }], withComponentInputBinding()),
      { provide: AuthService, useValue: { user: signal(user), role: signal(options.role) } },
      {
        provide: PeriodsService,
        useValue: { list: () => of([makePeriod({ id: 2, year: 2025, state: options.state })]) },
      },
      {
        provide: AgencyDataService,
        useValue: {
          agency: () => of(AGENCY),
          trend: () => of(TREND),
          items: () => of(options.list ?? items()),
          ratings: () => of([]),
          publications: () => of([]),
        },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(options.url ?? '/agencies/101?period=2');
  for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  return harness.routeNativeElement as HTMLElement;
}

const titles = (el: HTMLElement) => [...el.querySelectorAll('.item__title')].map((t) => t.textContent?.trim());

describe('AgencyPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows the plan by pillar with each colour and the evaluator note, stored text as text', async () => {
    const el = await setup({ role: 'evaluator', state: 'evaluation' });
    expect(el.querySelector('h1')?.textContent).toContain('Provinsi Kalimantan Tengah');
    expect([...el.querySelectorAll('.pillar__title')].map((t) => t.textContent?.trim())).toEqual([
      'Akuntabel',
      'Adaptif',
    ]);
    expect(titles(el)).toEqual(['Laporan kinerja <b>terbuka</b>', 'Inovasi layanan daring', 'Replikasi inovasi']);
    expect(el.querySelector('.item__title b')).toBeNull();
    expect(el.querySelector('script')).toBeNull();
    expect(el.querySelector('.item__evaluation')?.textContent).toContain('Belum ada <script>bukti</script>.');
    const lights = [...el.querySelectorAll('pantau-agency-item .item__light [role="img"]')].map((l) =>
      l.getAttribute('aria-label'),
    );
    expect(lights).toEqual(['Merah (tidak ada)', 'Hijau (lengkap)', 'Abu-abu (belum dinilai)']);
  });

  it('narrows the list to the pillar named in the URL', async () => {
    const el = await setup({ role: 'leadership', state: 'published', url: '/agencies/101?period=2&pillar=adaptif' });
    expect(titles(el)).toEqual(['Inovasi layanan daring', 'Replikasi inovasi']);
    expect(el.querySelector('.pillar-nav__link[aria-current="true"]')?.textContent).toContain('Adaptif');
  });

  it('keeps ratings from the agency team until results are published, but lets it log publications', async () => {
    const el = await setup({
      role: 'agency',
      state: 'evaluation',
      list: items().map((i) => ({ ...i, rating: null, suggestion: null })),
    });
    expect(el.textContent).toContain('Warna, nilai, dan catatan evaluator tampil setelah hasil dipublikasikan');
    expect(el.querySelector('.item__evaluation')).toBeNull();
    expect(el.querySelector('pantau-publication-form')).not.toBeNull();
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Tambah butir'))).toBe(false);
  });

  it('lets the agency team add and edit items while the period is open', async () => {
    const el = await setup({ role: 'agency', state: 'open' });
    expect(el.textContent).toContain('Anda dapat menambah dan mengubah butir');
    const add = [...el.querySelectorAll('button')].filter((b) => b.textContent?.includes('Tambah butir'));
    expect(add.length).toBeGreaterThan(0);
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Ubah butir'))).toBe(true);
  });

  it('never offers plan changes to others', async () => {
    const el = await setup({ role: 'evaluator', state: 'open' });
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Tambah butir'))).toBe(false);
    expect(el.querySelector('pantau-publication-form')).toBeNull();
  });
});
