import { FollowUpCounts } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

type Translate = (key: TranslationKey, params: { count: string }) => string;

const PARTS: ReadonlyArray<readonly [keyof FollowUpCounts, TranslationKey]> = [
  ['open', 'fuList.open'],
  ['responded', 'fuList.responded'],
  ['accepted', 'fuList.accepted'],
  ['rejected', 'fuList.rejected'],
  ['overdue', 'fuList.overdue'],
];

/**
 * The server's total and per-state counts in words: "1.053 tindak lanjut: 990 menunggu jawaban · 41 dijawab · …".
 * Every state is named, zeros too, so that the numbers visibly add up.
 */
export function countsText(
  total: number,
  counts: FollowUpCounts,
  translate: Translate,
  formatNumber: (n: number) => string,
): string {
  const parts = PARTS.map(([state, key]) => translate(key, { count: formatNumber(counts[state]) }));
  return `${translate('fuList.total', { count: formatNumber(total) })}: ${parts.join(' · ')}`;
}
