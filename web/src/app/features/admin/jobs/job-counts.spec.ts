import { TranslationKey } from '../../../core/i18n/dictionary';
import { EN } from '../../../core/i18n/en';
import { ID } from '../../../core/i18n/id';
import { interpolate, TranslateParams } from '../../../core/i18n/interpolate';
import { jobCountsText, readableKey } from './job-counts';

const words = (dictionary: Readonly<Record<TranslationKey, string>>, locale: string) => ({
  t: (key: TranslationKey, params?: TranslateParams) => interpolate(dictionary[key], params),
  n: (value: number) => value.toLocaleString(locale),
});
const id = words(ID, 'id-ID');
const en = words(EN, 'en-GB');

describe('job results in words', () => {
  it("reads an overdue scan's digests as one sentence, numbers in id-ID", () => {
    const counts = { overdue: 1234, agencies: 9, notifications: 12 };
    expect(jobCountsText('follow-up-overdue', counts, id.t, id.n)).toBe(
      '1.234 tindak lanjut melewati tenggat · 12 pemberitahuan ringkas dikirim ke 9 tim instansi',
    );
    expect(jobCountsText('follow-up-overdue', counts, en.t, en.n)).toBe(
      '1,234 follow-ups past their due date · 12 digest notifications sent to 9 agency teams',
    );
  });

  it('words every count the jobs answer today, in both languages', () => {
    const runs: Array<[string, Record<string, number>]> = [
      ['publication-overdue-scan', { periods: 2, items: 4370, overdue: 30, agencies: 3, notifications: 3 }],
      ['follow-up-reminders', { waiting: 40, reminded: 3, notifications: 3 }],
      ['follow-up-overdue', { overdue: 1, agencies: 1, notifications: 1 }],
      ['score-snapshot', { agencies: 632, snapshots: 632 }],
    ];
    for (const [job, counts] of runs) {
      for (const lang of [id, en]) {
        const text = jobCountsText(job, counts, lang.t, lang.n);
        expect({
          job,
          text,
          rawKey: /[a-z][A-Z]|\b(periods|items|overdue|agencies|notifications|waiting|reminded|snapshots):/.test(text),
        }).toEqual({ job, text, rawKey: false });
      }
    }
    expect(jobCountsText('publication-overdue-scan', runs[0]![1], id.t, id.n)).toBe(
      '2 periode diperiksa · 4.370 butir diperiksa · 30 butir terlambat dipublikasikan · ' +
        '3 pemberitahuan ringkas dikirim ke 3 tim instansi',
    );
  });

  it('says an unknown count in a readable form, never as a raw camelCase key', () => {
    expect(jobCountsText('a-new-job', { notifications: 5, retriedLater: 2 }, id.t, id.n)).toBe(
      '5 pemberitahuan dikirim · Retried later: 2',
    );
    expect(readableKey('awaitingDecision')).toBe('Awaiting decision');
    expect(readableKey('rows_skipped')).toBe('Rows skipped');
  });
});
