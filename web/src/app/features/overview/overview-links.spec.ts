import { makePeriod, makeSummary } from '../../../testing/fixtures';
import { batchIndexes, indexDistribution, indexTrend, pillarColorShares } from './chart-data';
import { chartPickLink, followUpLink, matrixLink, pillarSortLink, windowLink } from './overview-links';

describe('overview links', () => {
  const summary = makeSummary();

  it('opens the matrix of the period within the chosen batch', () => {
    expect(matrixLink(2, null)).toEqual({ path: '/matrix', queryParams: { period: 2 } });
    expect(matrixLink(2, 'timur', { color: 'red' })).toEqual({
      path: '/matrix',
      queryParams: { period: 2, batch: 'timur', color: 'red' },
    });
    expect(pillarSortLink(2, null, 'adaptif').queryParams).toEqual({ period: 2, sort: 'adaptif', dir: 'asc' });
  });

  it('opens the follow-up list, or the window, filtered to the figure', () => {
    expect(followUpLink(2, null, 'open')).toEqual({ path: '/follow-ups', queryParams: { period: 2, state: 'open' } });
    expect(followUpLink(2, 'barat', 'overdue').queryParams).toEqual({ period: 2, batch: 'barat', overdue: 'true' });
    expect(windowLink(2, 'barat')).toEqual({ path: '/follow-up-window', queryParams: { period: 2, batch: 'barat' } });
  });

  it("opens a pillar's colour segment as the agencies holding items of that colour in that pillar", () => {
    const data = pillarColorShares(summary, 'id');
    const red = data.series.findIndex((s) => s.key === 'red');
    expect(chartPickLink('pillars', data, { series: red, index: 0 }, 2, null)?.queryParams).toEqual({
      period: 2,
      pillar: 'berorientasi-pelayanan',
      color: 'red',
    });
    // A legend entry: that colour in every pillar.
    expect(chartPickLink('pillars', data, { series: red, index: null }, 2, 'timur')?.queryParams).toEqual({
      period: 2,
      batch: 'timur',
      color: 'red',
    });
  });

  it("opens a batch's bar as that batch, an index bucket as its band, a period as its matrix", () => {
    const batches = batchIndexes(summary, 'id', 'Indeks');
    expect(chartPickLink('batches', batches, { series: 0, index: 1 }, 2, null)?.queryParams).toEqual({
      period: 2,
      batch: batches.keys![1],
    });
    const buckets = indexDistribution(summary, 'Instansi');
    expect(chartPickLink('distribution', buckets, { series: 0, index: 0 }, 2, null)?.queryParams).toEqual({
      period: 2,
      min: '40',
      max: '50',
    });
    const trend = indexTrend([makeSummary({ period: makePeriod({ id: 7, year: 2024 }) })], { index: 'i', green: 'g' });
    expect(chartPickLink('trend', trend, { series: 0, index: 0 }, 2, null)?.queryParams).toEqual({ period: 7 });
  });

  it('opens nothing for a legend entry that stands for no filter, or a bar it does not know', () => {
    const batches = batchIndexes(summary, 'id', 'Indeks');
    expect(chartPickLink('batches', batches, { series: 0, index: null }, 2, null)).toBeNull();
    expect(chartPickLink('batches', batches, { series: 0, index: 9 }, 2, null)).toBeNull();
  });
});
