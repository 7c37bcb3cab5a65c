import { frequencyFromCount, isPublicationOverdue, MONTHLY_MIN, suggestColor, WEEKLY_MIN } from './publications';

const DAY = 86_400_000;

describe('publication frequency', () => {
  it('classifies counts in the trailing window at the boundaries', () => {
    expect(frequencyFromCount(0)).toBe('none');
    expect(frequencyFromCount(1)).toBe('occasional');
    expect(frequencyFromCount(MONTHLY_MIN - 1)).toBe('occasional');
    expect(frequencyFromCount(MONTHLY_MIN)).toBe('monthly');
    expect(frequencyFromCount(WEEKLY_MIN - 1)).toBe('monthly');
    expect(frequencyFromCount(WEEKLY_MIN)).toBe('weekly');
  });

  it('is overdue when the last publication is older than the cadence', () => {
    const now = new Date('2025-06-30T00:00:00Z');
    expect(isPublicationOverdue('weekly', new Date(now.getTime() - 7 * DAY), now)).toBe(false);
    expect(isPublicationOverdue('weekly', new Date(now.getTime() - 7 * DAY - 1), now)).toBe(true);
    expect(isPublicationOverdue('monthly', null, now)).toBe(true);
  });
});

describe('suggested colour', () => {
  it('is green for banners or posters renewed monthly or weekly', () => {
    expect(suggestColor({ frequency: 'monthly', channels: ['poster'] }).color).toBe('green');
    expect(suggestColor({ frequency: 'weekly', channels: ['banner', 'website'] }).color).toBe('green');
  });

  it('is yellow for periodic media only, or the website only', () => {
    expect(suggestColor({ frequency: 'occasional', channels: ['online-news'] }).color).toBe('yellow');
    expect(suggestColor({ frequency: 'weekly', channels: ['website'] }).reasonEn).toMatch(/website/);
    expect(suggestColor({ frequency: 'occasional', channels: ['banner'] }).color).toBe('yellow');
  });

  it('is red without publications, with the reason in words', () => {
    const s = suggestColor({ frequency: 'none', channels: [] });
    expect(s.color).toBe('red');
    expect(s.reasonId).toMatch(/Tidak ada publikasi/);
  });
});
