import { CellColor, FollowUpState, Role } from '@pantau/domain';
import { TranslationKey } from './dictionary';

// UI words for domain values that libs/domain does not name (it names pillars, colours, batches...).

export const ROLE_LABEL: Readonly<Record<Role, TranslationKey>> = {
  admin: 'role.admin',
  evaluator: 'role.evaluator',
  agency: 'role.agency',
  leadership: 'role.leadership',
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
