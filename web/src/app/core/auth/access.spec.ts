import { ROLES } from '@pantau/domain';
import { navFor } from '../layout/nav';
import { canSee, homeFor } from './access';

describe('role-aware navigation', () => {
  it('sends each role to its start page', () => {
    expect(homeFor('leadership')).toBe('/overview');
    expect(homeFor('admin')).toBe('/overview');
    expect(homeFor('evaluator')).toBe('/evaluate');
    expect(homeFor('agency')).toBe('/follow-ups');
    expect(homeFor('coordinator')).toBe('/follow-ups');
    expect(homeFor(null)).toBe('/login');
  });

  it('lets every role see its own start page', () => {
    const area = { '/overview': 'overview', '/evaluate': 'evaluate', '/follow-ups': 'followUps' } as const;
    for (const role of ROLES) {
      expect(canSee(role, area[homeFor(role) as keyof typeof area])).toBe(true);
    }
  });

  it('keeps agency teams off the cross-agency pages and admin to admins', () => {
    expect(canSee('agency', 'matrix')).toBe(false);
    expect(canSee('agency', 'overview')).toBe(false);
    expect(canSee('leadership', 'admin')).toBe(false);
    expect(canSee('leadership', 'evaluate')).toBe(false);
  });

  it('opens the follow-up window to leadership, admins and coordinators, and the list it drills into to leadership', () => {
    expect((['leadership', 'admin', 'coordinator'] as const).every((r) => canSee(r, 'followUpWindow'))).toBe(true);
    expect(canSee('agency', 'followUpWindow')).toBe(false);
    expect(canSee('evaluator', 'followUpWindow')).toBe(false);
    expect(canSee('leadership', 'followUps')).toBe(true);
    expect(canSee('coordinator', 'followUps')).toBe(true);
    expect(navFor('leadership').map((item) => item.path)).toContain('/follow-up-window');
    expect(navFor('coordinator').map((item) => item.path)).toEqual([
      '/overview',
      '/matrix',
      '/follow-ups',
      '/follow-up-window',
    ]);
  });
});
