import { Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Batch, FollowUpSummary, LoginResponse, Role } from '@pantau/domain';
import { of } from 'rxjs';
import { makePeriod } from '../../../testing/fixtures';
import { PeriodsService } from '../../core/periods/periods.service';
import { ChartPick, ChartView } from '../../ui/chart/chart';
import { FollowUpWindowDataService } from './follow-up-window-data.service';
import FollowUpWindowPage from './follow-up-window.page';

@Component({ selector: 'pantau-chart', template: '<canvas role="img" [attr.aria-label]="label()"></canvas>' })
class FakeChart {
  readonly config = input<unknown>();
  readonly label = input('');
  readonly pickable = input(false);
  readonly pick = output<ChartPick>();
}

@Component({ template: '' })
class ListStub {}

const PERIODS = [makePeriod({ id: 1, year: 2024, state: 'closed' }), makePeriod({ id: 2, name: '2025', year: 2025 })];

const tally = (open: number, responded: number, accepted: number, rejected: number, overdue: number) => ({
  total: open + responded + accepted + rejected,
  open,
  responded,
  accepted,
  rejected,
  overdue,
});

const SUMMARY: FollowUpSummary = {
  periodId: 2,
  batches: [
    { batch: 'barat', ...tally(10, 2, 1, 0, 1) },
    { batch: 'tengah', ...tally(20, 5, 3, 2, 9) },
  ],
  provinces: [
    { provinceId: 62, name: 'Kalimantan Tengah', batch: 'tengah', ...tally(8, 1, 0, 1, 6) },
    { provinceId: 11, name: 'Aceh', batch: 'barat', ...tally(10, 2, 1, 0, 1) },
  ],
};

async function setup(role: Role = 'leadership', url = '/follow-up-window') {
  const login: LoginResponse = {
    accessToken: 't',
    user: { id: 1, username: role, displayName: role, role, agencyId: null, batch: null },
  };
  localStorage.setItem('pantau.session', JSON.stringify(login));
  const calls: Array<{ periodId: number; batch: Batch | null }> = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'follow-up-window', component: FollowUpWindowPage },
        { path: 'follow-ups', component: ListStub },
      ]),
      { provide: PeriodsService, useValue: { list: () => of(PERIODS) } },
      {
        provide: FollowUpWindowDataService,
        useValue: {
          summary: (periodId: number, batch: Batch | null) => {
            calls.push({ periodId, batch });
            return of(SUMMARY);
          },
        },
      },
    ],
  }).overrideComponent(FollowUpWindowPage, { remove: { imports: [ChartView] }, add: { imports: [FakeChart] } });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  return { harness, calls, router: TestBed.inject(Router), el: harness.routeNativeElement as HTMLElement };
}

const tables = (el: HTMLElement) => [...el.querySelectorAll<HTMLTableElement>('table')];
const link = (row: Element, measure: string) => row.querySelector<HTMLAnchorElement>(`a[data-measure="${measure}"]`)!;

describe('FollowUpWindowPage', () => {
  beforeEach(() => localStorage.clear());

  it('reads the newest period and puts it in the URL', async () => {
    const { calls, router, el } = await setup();
    expect(calls[0]).toEqual({ periodId: 2, batch: null });
    expect(router.url).toBe('/follow-up-window?period=2');
    expect(el.querySelector('h1')?.textContent).toBe('Masa tindak lanjut');
  });

  it('tabulates each batch with an "all batches" row and each province worst first, with headers and captions', async () => {
    const { el } = await setup();
    const [batches, provinces] = tables(el);
    expect(batches!.caption?.textContent).toContain('Tindak lanjut per angkatan, 2025');
    expect([...batches!.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect([...batches!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim())).toEqual([
      'Barat',
      'Tengah',
      'Semua angkatan',
    ]);
    const allRow = batches!.querySelectorAll('tbody tr')[2]!;
    expect(link(allRow, 'overdue').textContent?.trim()).toBe('10');
    expect([...provinces!.querySelectorAll('tbody th')].map((th) => th.textContent?.trim())).toEqual([
      'Kalimantan Tengah',
      'Aceh',
    ]);
    // Symbols and words, not colour alone, name each column.
    expect(provinces!.querySelector('thead')?.textContent).toContain('⚠ Lewat tenggat');
    expect(provinces!.querySelectorAll('tbody tr')[0]?.textContent).toContain('60 %');
  });

  it('links every number to the follow-up list filtered to what it counts', async () => {
    const { el } = await setup();
    const [batches, provinces] = tables(el);
    const worst = provinces!.querySelector('tbody tr')!;
    const overdue = link(worst, 'overdue');
    expect(overdue.getAttribute('href')).toBe('/follow-ups?period=2&province=62&overdue=true');
    expect(overdue.getAttribute('aria-label')).toBe('6 lewat tenggat, Kalimantan Tengah: buka daftarnya');
    expect(link(worst, 'total').getAttribute('aria-label')).toBe('10 tindak lanjut, Kalimantan Tengah: buka daftarnya');
    expect(link(worst, 'responded').getAttribute('href')).toBe('/follow-ups?period=2&province=62&state=responded');
    const tengah = batches!.querySelectorAll('tbody tr')[1]!;
    expect(link(tengah, 'rejected').getAttribute('href')).toBe('/follow-ups?period=2&batch=tengah&state=rejected');
    expect(link(batches!.querySelectorAll('tbody tr')[2]!, 'total').getAttribute('href')).toBe('/follow-ups?period=2');
    expect(el.querySelectorAll('tbody a')).toHaveLength(5 * 6);
  });

  it("opens a province's list in a state when its bar segment is clicked", async () => {
    const { harness, router } = await setup();
    const chart = harness.fixture.debugElement.query(By.css('pantau-chart'));
    (chart.componentInstance as FakeChart).pick.emit({ series: 3, index: 1 });
    await harness.fixture.whenStable();
    expect(router.url).toBe('/follow-ups?period=2&province=11&state=rejected');
  });

  it('keeps the chosen batch in the URL and in the request', async () => {
    const { calls, el } = await setup('leadership', '/follow-up-window?period=1&batch=tengah');
    expect(calls.at(-1)).toEqual({ periodId: 1, batch: 'tengah' });
    expect((el.querySelector('#window-batch') as HTMLSelectElement).value).toBe('tengah');
  });

  it('gives coordinators their province without a batch choice', async () => {
    const { el } = await setup('coordinator');
    expect(el.querySelector('#window-batch')).toBeNull();
    expect(el.querySelector('.page__lead')?.textContent).toContain('provinsi Anda');
  });
});
