import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FollowUpView, SessionUser } from '@pantau/domain';
import { of } from 'rxjs';
import { makeFollowUp, makePeriod } from '../../../testing/fixtures';
import { AuthService } from '../../core/auth/auth.service';
import { PeriodsService } from '../../core/periods/periods.service';
import { FollowUpsDataService } from './follow-ups-data.service';
import FollowUpsPage from './follow-ups.page';

const TEAM: SessionUser = {
  id: 6,
  username: 'kalteng',
  displayName: 'Tim Kalteng',
  role: 'agency',
  agencyId: 101,
  batch: null,
};

async function setup(items: FollowUpView[]) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'follow-ups', component: FollowUpsPage }], withComponentInputBinding()),
      { provide: AuthService, useValue: { user: signal(TEAM), role: signal(TEAM.role) } },
      { provide: PeriodsService, useValue: { list: () => of([makePeriod({ id: 1, state: 'follow-up' })]) } },
      {
        provide: FollowUpsDataService,
        useValue: {
          list: () => of({ items, total: items.length }),
          publications: () => of([]),
        },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/follow-ups?period=1');
  for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  return harness.routeNativeElement as HTMLElement;
}

describe('FollowUpsPage', () => {
  it("counts overdue follow-ups by the server's word, not by the browser's clock", async () => {
    // Due dates the browser would judge otherwise: the server's calendar (and time zone) decides.
    const el = await setup([
      makeFollowUp(1, { state: 'open', dueDate: '2001-01-01', overdue: false }),
      makeFollowUp(2, { state: 'rejected', dueDate: '2001-01-01', overdue: false }),
      makeFollowUp(3, { state: 'open', dueDate: '2999-01-01', overdue: true }),
      makeFollowUp(4, { state: 'responded', dueDate: '2001-01-01', overdue: false }),
    ]);
    const summary = el.querySelector('.fu-summary')!.textContent!;
    expect(summary).toContain('3 menunggu tanggapan');
    expect(summary).toContain('1 lewat tenggat');
  });
});
