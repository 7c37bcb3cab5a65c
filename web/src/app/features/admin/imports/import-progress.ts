import { ImportPhase, ImportProgress } from '@pantau/domain';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { Lang } from '../../../core/i18n/lang';

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'uploading'; percent: number | null }
  | { stage: 'server'; progress: ImportProgress }
  | { stage: 'finished' };

export const PHASE_LABEL: Readonly<Record<ImportPhase, TranslationKey>> = {
  reserved: 'imports.phase.reserved',
  queued: 'imports.phase.queued',
  reading: 'imports.phase.reading',
  validating: 'imports.phase.validating',
  writing: 'imports.phase.writing',
  scoring: 'imports.phase.scoring',
  done: 'imports.phase.done',
  failed: 'imports.phase.failed',
};

/**
 * One bar for the whole import: the upload fills the first fifth, the server's phases the rest, so the bar
 * never runs backwards when the server starts counting rows.
 */
export function overallPercent(s: ImportStage): number | null {
  switch (s.stage) {
    case 'idle':
      return 0;
    case 'uploading':
      return s.percent === null ? null : Math.round(s.percent * 0.2);
    case 'finished':
      return 100;
    case 'server': {
      const { phase, done, total } = s.progress;
      const within = total > 0 ? Math.min(1, done / total) : 0;
      const span: Record<ImportPhase, [number, number]> = {
        reserved: [20, 20],
        queued: [20, 20],
        reading: [20, 30],
        validating: [30, 60],
        writing: [60, 90],
        scoring: [90, 99],
        done: [100, 100],
        failed: [100, 100],
      };
      const [from, to] = span[phase];
      return Math.round(from + (to - from) * within);
    }
  }
}

/** A place in line as people say it: "ke-3" in Indonesian, "3rd" in English. */
export function placeInLine(position: number, lang: Lang): string {
  if (lang === 'id') return `ke-${position}`;
  const teen = position % 100 >= 11 && position % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[position % 10] ?? 'th');
  return `${position}${suffix}`;
}
