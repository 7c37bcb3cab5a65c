import { Cadence, CellColor, FollowUpState, Frequency, PeriodState, Role } from '@pantau/domain';
import { TranslationKey } from './dictionary';

// UI words for domain values that libs/domain does not name (it names pillars, colours, batches...).

export const ROLE_LABEL: Readonly<Record<Role, TranslationKey>> = {
  admin: 'role.admin',
  evaluator: 'role.evaluator',
  agency: 'role.agency',
  leadership: 'role.leadership',
  coordinator: 'role.coordinator',
};

export const FOLLOW_UP_STATE_LABEL: Readonly<Record<FollowUpState, TranslationKey>> = {
  open: 'followUp.state.open',
  responded: 'followUp.state.responded',
  accepted: 'followUp.state.accepted',
  rejected: 'followUp.state.rejected',
};

/** Lower-case colour words used inside sentences ("2 merah, 3 kuning"). */
export const COLOR_WORD: Readonly<Record<CellColor, TranslationKey>> = {
  green: 'color.green.word',
  yellow: 'color.yellow.word',
  red: 'color.red.word',
  grey: 'color.grey.word',
};

export const FREQUENCY_LABEL: Readonly<Record<Frequency, TranslationKey>> = {
  weekly: 'frequency.weekly',
  monthly: 'frequency.monthly',
  occasional: 'frequency.occasional',
  none: 'frequency.none',
};

export const CADENCE_LABEL: Readonly<Record<Cadence, TranslationKey>> = {
  weekly: 'cadence.weekly',
  monthly: 'cadence.monthly',
  quarterly: 'cadence.quarterly',
};

export const PERIOD_STATE_LABEL: Readonly<Record<PeriodState, TranslationKey>> = {
  draft: 'periodState.draft',
  open: 'periodState.open',
  evaluation: 'periodState.evaluation',
  published: 'periodState.published',
  'follow-up': 'periodState.follow-up',
  closed: 'periodState.closed',
};
