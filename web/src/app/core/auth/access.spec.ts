import { ROLES } from '@pantau/domain';
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

  it('lets leadership and coordinators read the follow-up list', () => {
    expect(canSee('leadership', 'followUps')).toBe(true);
    expect(canSee('coordinator', 'followUps')).toBe(true);
  });
});
