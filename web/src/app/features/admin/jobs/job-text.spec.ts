import { dailyTime, durationSeconds, zoneName } from './job-text';

describe('job schedule text', () => {
  it('reads daily cron schedules as a clock time', () => {
    expect(dailyTime('0 15 7 * * *')).toBe('07.15');
    expect(dailyTime('30 23 * * *')).toBe('23.30');
    expect(dailyTime('0 0 7 * * 1')).toBeNull();
    expect(dailyTime('*/5 * * * *')).toBeNull();
  });

  it('names Indonesian time zones and measures run time', () => {
    expect(zoneName('Asia/Jakarta')).toBe('WIB');
    expect(zoneName('UTC')).toBe('UTC');
    expect(durationSeconds('2026-11-23T00:00:00Z', '2026-11-23T00:00:02.5Z')).toBe(2.5);
    expect(durationSeconds('2026-11-23T00:00:00Z', null)).toBeNull();
  });
});
