import { makePeriod } from '../../../../testing/fixtures';
import { transitionConsequences } from './transition-text';

const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;

describe('transition consequences', () => {
  it('says that publishing opens follow-ups, with the due days and whether yellow items count', () => {
    const period = makePeriod({ state: 'evaluation', followUpDays: 21, followUpOnYellow: true });
    expect(transitionConsequences(period, 'published', t)).toEqual([
      'transition.published1',
      'transition.published2Yellow{"days":21}',
      'transition.published3',
    ]);
    expect(transitionConsequences({ ...period, followUpOnYellow: false }, 'published', t)[1]).toBe(
      'transition.published2{"days":21}',
    );
  });

  it('says that opening freezes the instrument version', () => {
    expect(transitionConsequences(makePeriod({ instrumentVersion: '2026.1' }), 'open', t)).toContain(
      'transition.open2{"version":"2026.1"}',
    );
  });
});
