import { barConfig } from './chart-config';

const DATA = { labels: ['A', 'B'], series: [{ key: 'x', label: 'X', color: '#000', values: [1, 2] }] };

describe('bar chart config', () => {
  it('draws vertical bars by default, values on the y axis', () => {
    const config = barConfig(DATA, String);
    expect(config.options?.indexAxis).toBe('x');
    expect(config.options?.scales?.['y']).toMatchObject({ beginAtZero: true });
  });

  it('draws horizontal bars, categories down the side and values along the bottom, for long names', () => {
    const config = barConfig(DATA, String, { horizontal: true, stacked: true });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.['x']).toMatchObject({ beginAtZero: true, stacked: true });
    expect(config.options?.scales?.['y']).toMatchObject({ grid: { display: false }, stacked: true });
  });
});
