import { makePeriod, makeSummary } from '../../../testing/fixtures';
import {
  batchIndexes,
  chartTable,
  extremes,
  indexDistribution,
  indexTrend,
  itemShares,
  pillarColorShares,
} from './chart-data';

describe('chart data', () => {
  it('shares items by colour, unrated included in the whole', () => {
    expect(itemShares({ red: 10, yellow: 20, green: 60, grey: 10 })).toEqual([
      { color: 'green', count: 60, percent: 60 },
      { color: 'yellow', count: 20, percent: 20 },
      { color: 'red', count: 10, percent: 10 },
      { color: 'grey', count: 10, percent: 10 },
    ]);
    expect(itemShares({ red: 0, yellow: 0, green: 0, grey: 0 })[0]?.percent).toBeNull();
  });

  it('stacks the colour shares of each pillar in pillar order', () => {
    const summary = makeSummary();
    summary.pillars.reverse();
    const data = pillarColorShares(summary, 'id');
    expect(data.labels[0]).toBe('Berorientasi Pelayanan');
    expect(data.labels).toHaveLength(8);
    expect(data.series.map((s) => s.key)).toEqual(['green', 'yellow', 'red', 'grey']);
    expect(data.series[0]?.values[0]).toBe(60);
    expect(data.series[0]?.counts?.[0]).toBe(6);
    expect(data.series[0]?.color).toBe('#1b7f3b');
    expect(pillarColorShares(summary, 'en').series[3]?.label).toBe('Grey (not rated)');
  });

  it('orders batches as the programme does and colours each bar by its light', () => {
    const data = batchIndexes(makeSummary(), 'en', 'Index');
    expect(data.labels).toEqual(['West', 'East']);
    expect(data.series[0]?.values).toEqual([82, 48]);
    expect(data.series[0]?.color).toEqual(['#1b7f3b', '#c62828']);
    expect(data.series[0]?.counts).toEqual([4, 3]);
  });

  it('builds the index histogram in bucket order, coloured by the thresholds', () => {
    const data = indexDistribution(makeSummary(), 'Agencies', { green: 80, yellow: 50 });
    expect(data.labels).toEqual(['40–50', '70–80', '90–100']);
    expect(data.series[0]?.values).toEqual([2, 5, 1]);
    expect(data.series[0]?.color).toEqual(['#c62828', '#f2c200', '#1b7f3b']);
  });

  it('puts periods in time order for the trend', () => {
    const later = makeSummary({ period: makePeriod({ id: 5, name: '2026', year: 2026 }), index: 71 });
    const earlier = makeSummary({ period: makePeriod({ id: 2, name: '2025', year: 2025 }), index: null });
    const data = indexTrend([later, earlier], { index: 'Index', green: 'Green' });
    expect(data.labels).toEqual(['2025', '2026']);
    expect(data.series[0]?.values).toEqual([null, 71]);
    expect(data.series[1]?.values).toEqual([66.7, 66.7]);
  });

  it('makes a table with one row per category', () => {
    const data = batchIndexes(makeSummary(), 'id', 'Indeks');
    const table = chartTable(data, 'Indeks per angkatan', 'Angkatan', (v, n) => `${v} (${n})`);
    expect(table).toEqual({
      caption: 'Indeks per angkatan',
      columns: ['Angkatan', 'Indeks'],
      rows: [
        ['Barat', '82 (4)'],
        ['Timur', '48 (3)'],
      ],
    });
  });

  it('finds the highest and lowest values, skipping gaps', () => {
    expect(extremes([null, 3, 9, 1])).toEqual({ max: 2, min: 3 });
    expect(extremes([null])).toBeNull();
  });
});
