import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ChartConfiguration } from 'chart.js';
import { ChartPick, ChartView } from './chart';

// Drawing needs a real canvas, which the test DOM lacks: the chart records the configuration it was given.
const drawn: ChartConfiguration[] = [];
jest.mock('chart.js', () => ({
  Chart: class {
    static defaults = { font: {} };
    static register(): void {
      // nothing to register without drawing
    }
    constructor(_canvas: unknown, config: ChartConfiguration) {
      drawn.push(config);
    }
    destroy(): void {
      // nothing drawn
    }
  },
}));

const CONFIG: ChartConfiguration = {
  type: 'bar',
  data: { labels: ['A', 'B'], datasets: [{ data: [1, 2] }, { data: [3, 4] }] },
  options: { plugins: { legend: { position: 'bottom' } } },
};

@Component({
  imports: [ChartView],
  template: `<pantau-chart [config]="config" label="l" [pickable]="pickable()" (pick)="picks.push($event)" />`,
})
class Host {
  readonly config = CONFIG;
  readonly pickable = signal(true);
  readonly picks: ChartPick[] = [];
}

type Handler = (...args: unknown[]) => void;

async function render(pickable: boolean) {
  drawn.length = 0;
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.pickable.set(pickable);
  await fixture.whenStable();
  const options = drawn.at(-1)!.options as { onClick?: Handler; plugins?: { legend?: { onClick?: Handler } } };
  return { host: fixture.componentInstance, options };
}

describe('a pickable chart', () => {
  it('tells which bar of which series was clicked, and which legend entry', async () => {
    const { host, options } = await render(true);
    options.onClick!({}, [{ datasetIndex: 1, index: 0 }]);
    options.onClick!({}, []);
    options.plugins!.legend!.onClick!({}, { datasetIndex: 0 });
    expect(host.picks).toEqual([
      { series: 1, index: 0 },
      { series: 0, index: null },
    ]);
    expect(options.plugins?.legend).toMatchObject({ position: 'bottom' });
  });

  it("leaves chart.js's own clicks alone when not pickable", async () => {
    const { options } = await render(false);
    expect(options.onClick).toBeUndefined();
    expect(options.plugins?.legend?.onClick).toBeUndefined();
  });
});
