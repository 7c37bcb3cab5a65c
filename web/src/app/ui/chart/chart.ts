import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { Chart, ChartConfiguration } from 'chart.js';
import { registerCharts } from './chart-setup';

/** A chart.js canvas. The canvas is an image to assistive technology; pair it with a chart table. */
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

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private chartType: string | null = null;

  constructor() {
    registerCharts();
    afterRenderEffect(() => {
      const config = this.config();
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
}
