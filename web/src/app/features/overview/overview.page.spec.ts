import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Batch, PeriodView, SummaryResponse } from '@pantau/domain';
import { of } from 'rxjs';
import { makePeriod, makeSummary } from '../../../testing/fixtures';
import { PeriodsService } from '../../core/periods/periods.service';
import { ChartView } from '../../ui/chart/chart';
import { OverviewDataService } from './overview-data.service';
import OverviewPage from './overview.page';

@Component({ selector: 'pantau-chart', template: '<canvas role="img" [attr.aria-label]="label()"></canvas>' })
class FakeChart {
  readonly config = input<unknown>();
  readonly label = input('');
}

const PERIODS = [
  makePeriod({ id: 1, name: '2024', year: 2024, state: 'closed' }),
  makePeriod({ id: 2, name: '2025', year: 2025 }),
  makePeriod({ id: 3, year: 2026, state: 'draft' }),
];

async function setup() {
  const summaries: Array<{ periodId: number; batch: Batch | null }> = [];
  const summaryFor = (periodId: number): SummaryResponse =>
    makeSummary({ period: PERIODS.find((p) => p.id === periodId)!, index: periodId === 2 ? 66.5 : 58 });
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'overview', component: OverviewPage }]),
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
  await harness.navigateByUrl('/overview');
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
