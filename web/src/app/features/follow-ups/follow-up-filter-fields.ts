import { TranslationKey } from '../../core/i18n/dictionary';
import { FollowUpFilters } from './follow-up-query';

/** A drop-down filter of the follow-up list: "all" (empty) or one of its options. */
export interface SelectFilter {
  readonly key: 'province' | 'batch' | 'agencyType' | 'pillar';
  readonly id: string;
  readonly label: TranslationKey;
  readonly all: TranslationKey;
  readonly options: ReadonlyArray<{ readonly value: string | number; readonly name: string }>;
}

/** A yes/no filter of the follow-up list, shown as a checkbox. */
export interface SwitchFilter {
  readonly key: 'overdue' | 'assigned';
  readonly label: TranslationKey;
}

/** The filter change for what a select now shows: its option's own value (a number stays a number), or none. */
export function selectPatch(filter: SelectFilter, raw: string): Partial<FollowUpFilters> {
  const option = filter.options.find((o) => String(o.value) === raw);
  return { [filter.key]: option?.value ?? null };
}

export function switchPatch(filter: SwitchFilter, checked: boolean): Partial<FollowUpFilters> {
  return { [filter.key]: checked };
}
