import { makePeriod } from '../../../testing/fixtures';
import { problemsOf } from '../../../testing/form-problems';
import { adminPeriodId } from './admin-period';
import { periodSchema } from './periods/period-form';
import { userSchema } from './users/user-form';

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
    const creating = periodSchema(() => true);
    expect(problemsOf(creating, period)).toEqual({});
    expect(problemsOf(creating, { ...period, yellow: '85' })).toEqual({ yellow: 'periodForm.yellowAboveGreen' });
    expect(problemsOf(creating, { ...period, green: '120', followUpDays: '0' })).toEqual({
      green: 'periodForm.thresholdInvalid',
      followUpDays: 'periodForm.daysInvalid',
    });
    expect(problemsOf(creating, { ...period, year: '1999', instrumentVersion: 'v 1' })).toEqual({
      year: 'periodForm.yearInvalid',
      instrumentVersion: 'periodForm.versionInvalid',
    });
    expect(problemsOf(creating, { ...period, name: '  ab  ' })).toEqual({ name: 'periodForm.nameInvalid' });
    // Year and version are fixed once a period exists.
    expect(
      problemsOf(
        periodSchema(() => false),
        { ...period, year: 'x' },
      ),
    ).toEqual({});
  });

  it('checks a new user, asks for a role (none is chosen for the admin) and asks an agency team for its agency', () => {
    const user = {
      username: 'analis.timur',
      displayName: 'Analis Timur',
      password: 'panjang-sekali',
      role: 'evaluator' as const,
      agencyId: null,
      batch: '',
    };
    const creating = userSchema(() => true);
    expect(problemsOf(creating, user)).toEqual({});
    expect(problemsOf(creating, { ...user, username: 'Analis Timur', password: 'pendek' })).toEqual({
      username: 'userForm.usernameInvalid',
      password: 'userForm.passwordTooShort',
    });
    expect(problemsOf(creating, { ...user, role: '' })).toEqual({ role: 'userForm.roleRequired' });
    expect(problemsOf(creating, { ...user, role: 'agency' })).toEqual({ agencyId: 'userForm.agencyRequired' });
    expect(
      problemsOf(
        userSchema(() => false),
        { ...user, username: '', password: '' },
      ),
    ).toEqual({});
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
