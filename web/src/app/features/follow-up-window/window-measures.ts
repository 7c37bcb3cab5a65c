import { TranslationKey } from '../../core/i18n/dictionary';
import { WindowMeasure } from './follow-up-links';

/** Each measure's column word and a symbol beside it, so no colour has to carry the meaning. */
export const MEASURE_LABEL: Readonly<Record<WindowMeasure, TranslationKey>> = {
  total: 'fuWindow.total',
  open: 'fuWindow.open',
  responded: 'fuWindow.responded',
  accepted: 'fuWindow.accepted',
  rejected: 'fuWindow.rejected',
  overdue: 'fuWindow.overdue',
};

export const MEASURE_SYMBOL: Readonly<Record<WindowMeasure, string>> = {
  total: 'Σ',
  open: '○',
  responded: '✉',
  accepted: '✓',
  rejected: '✕',
  overdue: '⚠',
};
