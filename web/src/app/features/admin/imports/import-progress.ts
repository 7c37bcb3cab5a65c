import { ImportPhase, ImportProgress } from '../../../core/api/pending-types';
import { TranslationKey } from '../../../core/i18n/dictionary';

export type ImportStage =
  | { stage: 'idle' }
  | { stage: 'uploading'; percent: number | null }
  | { stage: 'server'; progress: ImportProgress }
  | { stage: 'finished' };

export const PHASE_LABEL: Readonly<Record<ImportPhase, TranslationKey>> = {
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

/** A random v4 UUID, which the server needs to find the import's progress. */
export function newImportId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
