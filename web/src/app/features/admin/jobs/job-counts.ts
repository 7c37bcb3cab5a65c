import { TranslationKey } from '../../../core/i18n/dictionary';
import { TranslateParams } from '../../../core/i18n/interpolate';

type Translate = (key: TranslationKey, params?: TranslateParams) => string;
type Count = (value: number) => string;

/** What each count of a known job means; the same key can mean different things in two jobs. */
const JOB_COUNT_WORDS: Readonly<Record<string, Readonly<Record<string, TranslationKey>>>> = {
  'publication-overdue-scan': {
    periods: 'jobCount.periodsChecked',
    items: 'jobCount.itemsChecked',
    overdue: 'jobCount.itemsOverdue',
  },
  'follow-up-reminders': {
    waiting: 'jobCount.followUpsWaiting',
    reminded: 'jobCount.followUpsReminded',
    notifications: 'jobCount.remindersSent',
  },
  'follow-up-overdue': { overdue: 'jobCount.followUpsOverdue' },
  'score-snapshot': { agencies: 'jobCount.agenciesScored', snapshots: 'jobCount.snapshotsTaken' },
};

/** Words for counts of jobs this build does not know yet. */
const COMMON_COUNT_WORDS: Readonly<Record<string, TranslationKey>> = {
  notifications: 'jobCount.notificationsSent',
  agencies: 'jobCount.agencies',
  items: 'jobCount.items',
  periods: 'jobCount.periods',
  overdue: 'jobCount.overdue',
};

/** Jobs that send one digest per agency team: their `notifications` and `agencies` read as one sentence. */
const DIGEST_JOBS: ReadonlySet<string> = new Set(['publication-overdue-scan', 'follow-up-overdue']);

/** "retriedLater" or "retried_later" as "Retried later": a count nobody has worded yet, still readable. */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : key;
}

/** A run's counts in words ("12 pemberitahuan ringkas dikirim ke 9 tim instansi · …"), in the order the job gave. */
export function jobCountsText(job: string, counts: Readonly<Record<string, number>>, t: Translate, n: Count): string {
  const own = JOB_COUNT_WORDS[job] ?? {};
  const digest = DIGEST_JOBS.has(job) && counts['notifications'] !== undefined && counts['agencies'] !== undefined;
  const phrases: string[] = [];
  let digestSaid = false;
  for (const [key, value] of Object.entries(counts)) {
    if (digest && (key === 'notifications' || key === 'agencies')) {
      if (!digestSaid) {
        phrases.push(
          t('jobCount.digests', { notifications: n(counts['notifications']!), agencies: n(counts['agencies']!) }),
        );
        digestSaid = true;
      }
      continue;
    }
    const words = own[key] ?? COMMON_COUNT_WORDS[key];
    phrases.push(words ? t(words, { count: n(value) }) : `${readableKey(key)}: ${n(value)}`);
  }
  return phrases.join(' · ');
}
