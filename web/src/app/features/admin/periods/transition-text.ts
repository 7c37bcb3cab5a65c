import { PeriodState, PeriodView } from '@pantau/domain';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslateParams } from '../../../core/i18n/interpolate';

type Translate = (key: TranslationKey, params?: TranslateParams) => string;

/** What moving a period to `to` will do, in sentences an admin can weigh before confirming. */
export function transitionConsequences(period: PeriodView, to: PeriodState, t: Translate): string[] {
  switch (to) {
    case 'open':
      return [t('transition.open1'), t('transition.open2', { version: period.instrumentVersion })];
    case 'evaluation':
      return [t('transition.evaluation1'), t('transition.evaluation2')];
    case 'published':
      return [
        t('transition.published1'),
        t(period.followUpOnYellow ? 'transition.published2Yellow' : 'transition.published2', {
          days: period.followUpDays,
        }),
        t('transition.published3'),
      ];
    case 'follow-up':
      return [t('transition.followUp1'), t('transition.followUp2')];
    case 'closed':
      return [t('transition.closed1'), t('transition.closed2')];
    default:
      return [];
  }
}
