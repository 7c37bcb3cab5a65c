import { ChartConfiguration, TooltipItem } from 'chart.js';
import { ChartData } from './series';

export type ValueFormat = (value: number | null) => string;

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

const GRID = '#e5e7eb';

export function barConfig(
  data: ChartData,
  format: ValueFormat,
  options: { stacked?: boolean; max?: number; legend?: boolean; horizontal?: boolean } = {},
): ChartConfiguration<'bar'> {
  const category = { stacked: options.stacked, grid: { display: false }, ticks: { autoSkip: false, maxRotation: 45 } };
  const value = {
    stacked: options.stacked,
    beginAtZero: true,
    max: options.max,
    grid: { color: GRID },
    ticks: { callback: (v: string | number) => format(Number(v)) },
  };
  return {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: '#ffffff',
        borderWidth: options.stacked ? 1 : 0,
        borderRadius: options.stacked ? 0 : 4,
        maxBarThickness: 56,
      })),
    },
    options: {
      animation: reducedMotion() ? false : undefined,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: options.legend ?? data.series.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label ?? ''}: ${format(options.horizontal ? item.parsed.x : item.parsed.y)}`,
          },
        },
      },
      indexAxis: options.horizontal ? 'y' : 'x',
      scales: options.horizontal ? { y: category, x: value } : { x: category, y: value },
    },
  };
}

export function lineConfig(data: ChartData, format: ValueFormat, max = 100): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.color,
        borderWidth: s.emphasis ? 3 : 2,
        borderDash: s.dashed ? [6, 4] : undefined,
        pointStyle: s.dashed ? 'rectRot' : 'circle',
        pointRadius: s.emphasis ? 5 : 4,
        pointHoverRadius: 6,
        tension: 0.2,
        spanGaps: true,
      })),
    },
    options: {
      animation: reducedMotion() ? false : undefined,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: { label: (item: TooltipItem<'line'>) => `${item.dataset.label ?? ''}: ${format(item.parsed.y)}` },
        },
      },
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, max, grid: { color: GRID }, ticks: { callback: (value) => format(Number(value)) } },
      },
    },
  };
}
