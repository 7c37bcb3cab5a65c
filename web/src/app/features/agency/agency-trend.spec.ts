import { TrendResponse } from '@pantau/domain';
import { makeAgency } from '../../../testing/fixtures';
import { hasAnyValue, indexAndSurvey, pillarScoresByPeriod } from './agency-trend';

const score = (value: number | null) =>
  (
    [
      'berorientasi-pelayanan',
      'akuntabel',
      'kompeten',
      'harmonis',
      'loyal',
      'adaptif',
      'kolaboratif',
      'bangga-melayani-bangsa',
    ] as const
  ).map((pillar) => ({ pillar, score: value }));

const TREND: TrendResponse = {
  agency: makeAgency(101),
  points: [
    {
      periodId: 2,
      periodName: '2025',
      year: 2025,
      index: null,
      pillars: score(null),
      survey: { valuesAlignment: 80, engagement: 79, employerBranding: 80, overall: 80.7 },
    },
    {
      periodId: 1,
      periodName: '2024',
      year: 2024,
      index: 65.5,
      pillars: score(60),
      survey: { valuesAlignment: 82, engagement: 73, employerBranding: 72, overall: 75.9 },
    },
  ],
  snapshots: [],
};

describe('agency trend data', () => {
  it('puts the evaluation index and the survey index side by side, oldest period first', () => {
    const data = indexAndSurvey(TREND, { index: 'Indeks', survey: 'Survei' });
    expect(data.labels).toEqual(['2024', '2025']);
    expect(data.series.map((s) => [s.key, s.values])).toEqual([
      ['index', [65.5, null]],
      ['survey', [75.9, 80.7]],
    ]);
    expect(data.series[1]?.dashed).toBe(true);
  });

  it('groups the pillar scores by pillar with one series per period', () => {
    const data = pillarScoresByPeriod(TREND, 'en');
    expect(data.labels[0]).toBe('Service Oriented');
    expect(data.labels).toHaveLength(8);
    // 2025 has no pillar scores yet (not published), so only 2024 is drawn.
    expect(data.series.map((s) => s.label)).toEqual(['2024']);
    expect(data.series[0]?.values.every((v) => v === 60)).toBe(true);
  });

  it('leaves out periods with nothing to show', () => {
    const empty = { ...TREND.points[0]!, periodId: 3, year: 2027, survey: null };
    expect(indexAndSurvey({ ...TREND, points: [...TREND.points, empty] }, { index: 'a', survey: 'b' }).labels).toEqual([
      '2024',
      '2025',
    ]);
  });

  it('knows when there is nothing to draw', () => {
    const empty = { ...TREND, points: [{ ...TREND.points[0]!, survey: null }] };
    expect(hasAnyValue(pillarScoresByPeriod(empty, 'id'))).toBe(false);
    expect(hasAnyValue(indexAndSurvey(TREND, { index: 'a', survey: 'b' }))).toBe(true);
  });
});
