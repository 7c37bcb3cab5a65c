import { makePeriod } from '../../../testing/fixtures';
import { adminPeriodId } from './admin-period';
import { validatePeriod } from './periods/period-form';
import { validateUser } from './users/user-form';

const period = {
  name: 'Evaluasi Rencana Aksi BerAKHLAK 2027',
  year: '2027',
  instrumentVersion: '2027.1',
  green: '80',
  yellow: '50',
  followUpDays: '30',
  followUpOnYellow: false,
};

describe('admin forms', () => {
  it('checks a period the way the API does', () => {
    expect(validatePeriod(period, true)).toEqual({});
    expect(validatePeriod({ ...period, yellow: '85' }, true)).toEqual({ yellow: 'periodForm.yellowAboveGreen' });
    expect(validatePeriod({ ...period, green: '120', followUpDays: '0' }, true)).toEqual({
      green: 'periodForm.thresholdInvalid',
      followUpDays: 'periodForm.daysInvalid',
    });
    expect(validatePeriod({ ...period, year: '1999', instrumentVersion: 'v 1' }, true)).toEqual({
      year: 'periodForm.yearInvalid',
      instrumentVersion: 'periodForm.versionInvalid',
    });
    // Year and version are fixed once a period exists.
    expect(validatePeriod({ ...period, year: 'x' }, false)).toEqual({});
  });

  it('checks a new user and asks an agency team for its agency', () => {
    const user = {
      username: 'analis.timur',
      displayName: 'Analis Timur',
      password: 'panjang-sekali',
      role: 'evaluator' as const,
      agencyId: null,
      batch: null,
    };
    expect(validateUser(user, true)).toEqual({});
    expect(validateUser({ ...user, username: 'Analis Timur', password: 'pendek' }, true)).toEqual({
      username: 'userForm.usernameInvalid',
      password: 'userForm.passwordTooShort',
    });
    expect(validateUser({ ...user, role: 'agency' }, true)).toEqual({ agencyId: 'userForm.agencyRequired' });
    expect(validateUser({ ...user, username: '', password: '' }, false)).toEqual({});
  });

  it('opens admin pages at the newest period that still runs, drafts included', () => {
    const periods = [
      makePeriod({ id: 1, year: 2024, state: 'closed' }),
      makePeriod({ id: 2, year: 2025, state: 'evaluation' }),
      makePeriod({ id: 3, year: 2026, state: 'draft' }),
    ];
    expect(adminPeriodId(periods, null)).toBe(3);
    expect(adminPeriodId(periods, 1)).toBe(1);
    expect(adminPeriodId(periods, 9)).toBe(3);
    expect(adminPeriodId([makePeriod({ id: 1, state: 'closed' })], null)).toBe(1);
  });
});
