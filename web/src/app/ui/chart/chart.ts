import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { Chart, ChartConfiguration } from 'chart.js';
import { registerCharts } from './chart-setup';

/** A bar (category `index`) or a legend entry (`index` null) of series `series` was clicked. */
export interface ChartPick {
  series: number;
  index: number | null;
}

/**
 * A chart.js canvas. The canvas is an image to assistive technology; pair it with a chart table. When `pickable`,
 * clicking a bar, point or legend entry emits `pick` instead of chart.js's own legend toggle: the canvas cannot take
 * focus, so a pickable chart needs the same choices as links beside it.
 */
@Component({
  selector: 'pantau-chart',
  template: `<canvas #canvas role="img" [attr.aria-label]="label()">{{ label() }}</canvas>`,
  styles: `
    :host {
      display: block;
      position: relative;
      height: var(--chart-height, 18rem);
    }
    canvas {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartView {
  readonly config = input.required<ChartConfiguration>();
  /** A one-sentence summary read instead of the picture. */
  readonly label = input.required<string>();
  readonly pickable = input(false);
  /** Off when the legend's series stand for nothing to open: it then shows and hides them, as chart.js does. */
  readonly pickLegend = input(true);
  readonly pick = output<ChartPick>();

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private chartType: string | null = null;

  constructor() {
    registerCharts();
    afterRenderEffect(() => {
      const config = this.pickable() ? this.withPicking(this.config()) : this.config();
      if (this.chart && this.chartType === config.type) {
        this.chart.data = config.data;
        this.chart.options = config.options ?? {};
        this.chart.update();
      } else {
        this.chart?.destroy();
        this.chart = new Chart(this.canvas().nativeElement, config);
        this.chartType = config.type;
      }
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private withPicking(config: ChartConfiguration): ChartConfiguration {
    const options = config.options ?? {};
    return {
      ...config,
      options: {
        ...options,
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (hit) this.pick.emit({ series: hit.datasetIndex, index: hit.index });
        },
        onHover: (event, elements) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        },
        plugins: this.pickLegend()
          ? {
              ...options.plugins,
              legend: {
                ...options.plugins?.legend,
                onClick: (_event, item) => {
                  if (item.datasetIndex !== undefined) this.pick.emit({ series: item.datasetIndex, index: null });
                },
              },
            }
          : options.plugins,
      },
    };
  }
}
