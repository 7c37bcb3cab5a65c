import { CellColor } from '@pantau/domain';

/** Background and text colours that pass WCAG AA (≥ 4.5:1) for text on the light. */
export const CELL_PALETTE: Readonly<Record<CellColor, { background: string; ink: string }>> = {
  green: { background: '#1b7f3b', ink: '#ffffff' },
  yellow: { background: '#f2c200', ink: '#1f1f1f' },
  red: { background: '#c62828', ink: '#ffffff' },
  grey: { background: '#6b7280', ink: '#ffffff' },
};
