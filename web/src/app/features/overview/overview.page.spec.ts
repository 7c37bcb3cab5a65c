import { Component, input, output } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Batch, PeriodView, SummaryResponse } from '@pantau/domain';
import { of } from 'rxjs';
import { makePeriod, makeSummary } from '../../../testing/fixtures';
import { PeriodsService } from '../../core/periods/periods.service';
import { ChartPick, ChartView } from '../../ui/chart/chart';
import { OverviewDataService } from './overview-data.service';
import OverviewPage from './overview.page';

@Component({ selector: 'pantau-chart', template: '<canvas role="img" [attr.aria-label]="label()"></canvas>' })
class FakeChart {
  readonly config = input<unknown>();
  readonly label = input('');
  readonly pickable = input(false);
  readonly pickLegend = input(true);
  readonly pick = output<ChartPick>();
}

@Component({ template: '' })
class Stub {}

const PERIODS = [
  makePeriod({ id: 1, name: '2024', year: 2024, state: 'closed' }),
  makePeriod({ id: 2, name: '2025', year: 2025 }),
  makePeriod({ id: 3, year: 2026, state: 'draft' }),
];

async function setup(url = '/overview', role = 'leadership') {
  localStorage.setItem(
    'pantau.session',
    JSON.stringify({
      accessToken: 't',
      user: { id: 1, username: role, displayName: role, role, agencyId: null, batch: null },
    }),
  );
  const summaries: Array<{ periodId: number; batch: Batch | null }> = [];
  const summaryFor = (periodId: number): SummaryResponse =>
    makeSummary({ period: PERIODS.find((p) => p.id === periodId)!, index: periodId === 2 ? 66.5 : 58 });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: 'overview', component: OverviewPage },
        { path: 'matrix', component: Stub },
      ]),
      { provide: PeriodsService, useValue: { list: () => of(PERIODS) } },
      {
        provide: OverviewDataService,
        useValue: {
          summary: (periodId: number, batch: Batch | null) => {
            summaries.push({ periodId, batch });
            return of(summaryFor(periodId));
          },
          trend: (periods: PeriodView[]) => of(periods.map((p) => summaryFor(p.id))),
        },
      },
    ],
  }).overrideComponent(OverviewPage, { remove: { imports: [ChartView] }, add: { imports: [FakeChart] } });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  return { harness, summaries, el: harness.routeNativeElement as HTMLElement };
}

describe('OverviewPage', () => {
  beforeEach(() => localStorage.clear());

  it('shows the key figures of the newest period', async () => {
    const { el, summaries } = await setup();
    expect(summaries[0]).toEqual({ periodId: 2, batch: null });
    expect(TestBed.inject(Router).url).toBe('/overview?period=2');
    const kpis = el.querySelector('.kpis')!.textContent!;
    expect(kpis).toContain('8 / 10');
    expect(kpis).toContain('66,5 %');
    expect(kpis).toContain('60 %');
    expect(kpis).toContain('3 lewat tenggat');
  });

  it('gives every chart a spoken summary and a data table', async () => {
    const { el } = await setup();
    const charts = el.querySelectorAll('.chart-card');
    expect(charts).toHaveLength(4);
    for (const chart of Array.from(charts)) {
      expect(chart.querySelector('canvas')?.getAttribute('aria-label')).toBeTruthy();
      expect(chart.querySelector('table caption')?.textContent).toBeTruthy();
    }
    const trend = charts[3]!;
    expect([...trend.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['2024', '2025']);
    expect(trend.querySelector('canvas')?.getAttribute('aria-label')).toBe(
      'Indeks nasional 58 % pada 2024 dan 66,5 % pada 2025.',
    );
  });
});

describe('OverviewPage links', () => {
  beforeEach(() => localStorage.clear());

  const hrefOf = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll('.kpis a')].find((a) => a.textContent?.includes(text))?.getAttribute('href');

  it('links every key figure to the matrix or the follow-up list it counts, within the chosen batch', async () => {
    const { el } = await setup('/overview?period=2&batch=timur');
    expect(hrefOf(el, '8 / 10')).toBe('/matrix?period=2&batch=timur');
    expect(hrefOf(el, '66,5 %')).toBe('/matrix?period=2&batch=timur&sort=index&dir=asc');
    expect(hrefOf(el, 'Merah')).toBe('/matrix?period=2&batch=timur&color=red');
    // 12 await an answer, 1 of them rejected: the headline is the 11 in state open.
    expect(hrefOf(el, '11')).toBe('/follow-ups?period=2&batch=timur&state=open');
    expect(hrefOf(el, '3 lewat tenggat')).toBe('/follow-ups?period=2&batch=timur&overdue=true');
    expect(hrefOf(el, '1 ditolak')).toBe('/follow-ups?period=2&batch=timur&state=rejected');
    expect(hrefOf(el, '4 menunggu keputusan')).toBe('/follow-ups?period=2&batch=timur&state=responded');
    expect(hrefOf(el, 'Per provinsi')).toBe('/follow-up-window?period=2&batch=timur');
  });

  it('says where a figure leads, for those who hear the link out of its card', async () => {
    const { el } = await setup();
    const red = [...el.querySelectorAll('.kpi-shares__link')].find((a) => a.textContent?.includes('Merah'))!;
    expect(red.textContent).toContain('10 butir merah: instansi yang memilikinya di matriks');
  });

  it("gives a coordinator its province's overview, without a batch choice", async () => {
    const { el } = await setup('/overview', 'coordinator');
    expect(el.querySelector('h1')?.textContent).toBe('Ringkasan provinsi');
    expect(el.querySelector('#overview-batch')).toBeNull();
    expect(hrefOf(el, 'Per provinsi')).toBe('/follow-up-window?period=2');
  });

  it('offers the follow-up window only to those who may open it', async () => {
    const { el } = await setup('/overview', 'evaluator');
    expect(hrefOf(el, 'Per provinsi')).toBeUndefined();
  });

  it("gives each chart's filters as links a keyboard reaches, and opens the matrix from a clicked bar", async () => {
    const { harness, el } = await setup();
    const charts = [...el.querySelectorAll('.chart-card')];
    const linksOf = (chart: Element) =>
      [...chart.querySelectorAll('pantau-chart-links a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(linksOf(charts[0]!)).toContainEqual(['Semua pilar: butir merah', '/matrix?period=2&color=red']);
    expect(linksOf(charts[1]!)).toEqual([
      ['Barat', '/matrix?period=2&batch=barat'],
      ['Timur', '/matrix?period=2&batch=timur'],
    ]);
    expect(linksOf(charts[2]!)[0]).toEqual(['Indeks 40–50', '/matrix?period=2&min=40&max=50']);
    const bucketRow = charts[2]!.querySelector('tbody tr');
    expect(bucketRow?.querySelector('th a')?.getAttribute('href')).toBe('/matrix?period=2&min=40&max=50');
    expect(bucketRow?.querySelector('td a')?.getAttribute('href')).toBe('/matrix?period=2&min=40&max=50');
    // The pillar table's cells lead to the same filters as the segments.
    const cell = charts[0]!.querySelector('tbody tr td a');
    expect(cell?.getAttribute('href')).toBe('/matrix?period=2&pillar=berorientasi-pelayanan&color=green');

    const batchChart = harness.fixture.debugElement.queryAll(By.css('pantau-chart'))[1]!;
    (batchChart.componentInstance as FakeChart).pick.emit({ series: 0, index: 1 });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/matrix?period=2&batch=timur');
  });
});
