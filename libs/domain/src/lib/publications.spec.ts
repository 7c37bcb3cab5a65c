import { frequencyFromCount, isPublicationOverdue, MONTHLY_MIN, suggestColor, WEEKLY_MIN } from './publications';

const DAY = 86_400_000;
const longAgoOf = (now: Date) => new Date(now.getTime() - 400 * DAY);

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
    const longAgo = new Date(now.getTime() - 365 * DAY);
    expect(isPublicationOverdue('weekly', new Date(now.getTime() - 7 * DAY), longAgo, now)).toBe(false);
    expect(isPublicationOverdue('weekly', new Date(now.getTime() - 7 * DAY - 1), longAgo, now)).toBe(true);
    expect(isPublicationOverdue('monthly', null, longAgo, now)).toBe(true);
  });

  it('never flags an item younger than its cadence, published or not', () => {
    const now = new Date('2025-06-15T00:00:00Z');
    const created = new Date(now.getTime() - 60_000);
    expect(isPublicationOverdue('weekly', null, created, now)).toBe(false);
    expect(isPublicationOverdue('weekly', null, new Date(now.getTime() - 8 * DAY), now)).toBe(true);
    // A publication from before the period opened does not count against the new period.
    expect(isPublicationOverdue('monthly', longAgoOf(now), new Date(now.getTime() - 10 * DAY), now)).toBe(false);
    expect(isPublicationOverdue('monthly', longAgoOf(now), new Date(now.getTime() - 40 * DAY), now)).toBe(true);
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
