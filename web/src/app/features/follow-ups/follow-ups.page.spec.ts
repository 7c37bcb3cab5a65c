import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FollowUpListParams, FollowUpView, SessionUser } from '@pantau/domain';
import { of, throwError } from 'rxjs';
import { makeFollowUp, makePeriod } from '../../../testing/fixtures';
import { AuthService } from '../../core/auth/auth.service';
import { PeriodsService } from '../../core/periods/periods.service';
import { FollowUpsDataService } from './follow-ups-data.service';
import FollowUpsPage from './follow-ups.page';

const user = (role: SessionUser['role'], agencyId: number | null = null): SessionUser => ({
  id: 6,
  username: role,
  displayName: `Pengguna ${role}`,
  role,
  agencyId,
  batch: null,
});

const COUNTS = { open: 990, responded: 41, accepted: 7, rejected: 15, overdue: 300 };

async function setup(me: SessionUser, url: string, items: FollowUpView[], extra: Record<string, unknown> = {}) {
  const asked: FollowUpListParams[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'follow-ups', component: FollowUpsPage }], withComponentInputBinding()),
      { provide: AuthService, useValue: { user: signal(me), role: signal(me.role) } },
      { provide: PeriodsService, useValue: { list: () => of([makePeriod({ id: 1, state: 'follow-up' })]) } },
      {
        provide: FollowUpsDataService,
        useValue: {
          list: (params: FollowUpListParams) => {
            asked.push(params);
            return of({ items, total: 1053, counts: COUNTS });
          },
          provinces: () => of([{ id: 62, code: 'PROV-62', name: 'Provinsi Kalimantan Tengah', type: 'provinsi' }]),
          assignments: () => of([]),
          publications: () => of([]),
          ...extra,
        },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
  return { harness, el: harness.routeNativeElement as HTMLElement, asked };
}

const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent!.trim());

describe('FollowUpsPage', () => {
  it("sends the URL's filters to the server and shows its total and counts, not the page's", async () => {
    const { el, asked } = await setup(
      user('admin'),
      '/follow-ups?period=1&state=open&overdue=true&province=62&q=palangka',
      [makeFollowUp(1), makeFollowUp(2)],
    );
    expect(asked.at(-1)).toEqual({
      periodId: 1,
      page: 1,
      pageSize: 25,
      state: 'open',
      overdue: 'true',
      province: 62,
      q: 'palangka',
    });
    expect(el.querySelector('.fu-summary')!.textContent).toBe(
      '1.053 tindak lanjut: 990 menunggu jawaban · 41 dijawab · 7 diterima · 15 ditolak · 300 lewat tenggat',
    );
    expect(el.querySelector<HTMLSelectElement>('#fu-province')!.value).toBe('62');
    expect(el.querySelector('.fu-pager')!.textContent).toContain('Halaman 1 dari 43');
  });

  it('pages through every result by the URL', async () => {
    const { el, harness, asked } = await setup(user('admin'), '/follow-ups?period=1&overdue=true', [makeFollowUp(1)]);
    const next = [...el.querySelectorAll<HTMLButtonElement>('.fu-pager button')].find((b) =>
      b.textContent!.includes('Berikutnya'),
    )!;
    next.click();
    for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/follow-ups?period=1&overdue=true&page=2');
    expect(asked.at(-1)).toMatchObject({ page: 2, overdue: 'true' });
  });

  it('keeps an evaluator on his own agencies by default, and offers the decision queue', async () => {
    const { el, asked } = await setup(user('evaluator'), '/follow-ups?period=1', [
      makeFollowUp(1, { state: 'responded' }),
    ]);
    expect(asked.at(-1)).toMatchObject({ assigned: 'me' });
    expect(buttons(el)).toContain('Kerjakan antrean keputusan');
    expect(el.querySelector('#fu-queue-hint')!.textContent).toContain('41 jawaban menunggu keputusan Anda');
  });

  it('lets leadership read without any answer, decision or coordination control', async () => {
    const { el } = await setup(user('leadership'), '/follow-ups?period=1', [
      makeFollowUp(1, { state: 'open' }),
      makeFollowUp(2, { state: 'responded', response: 'Sudah.' }),
    ]);
    expect(el.querySelectorAll('pantau-follow-up-card')).toHaveLength(2);
    const words = buttons(el).join(' | ');
    expect(words).not.toMatch(/Tanggapi|Putuskan|Kirim pengingat|Tinggalkan catatan|antrean/);
    expect(el.textContent).toContain('hanya untuk dibaca');
  });

  it("lets a coordinator remind, and says the server's refusal in words", async () => {
    const remind = jest.fn(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, code: 'reminder-already-sent', params: {}, message: 'already' },
          }),
      ),
    );
    const { el, harness } = await setup(
      user('coordinator'),
      '/follow-ups?period=1',
      [makeFollowUp(1, { state: 'open' }), makeFollowUp(2, { state: 'accepted' })],
      { remind },
    );
    const cards = el.querySelectorAll('pantau-follow-up-card');
    expect(buttons(cards[1] as HTMLElement)).not.toContain('Kirim pengingat');
    expect(buttons(cards[1] as HTMLElement)).toContain('Tinggalkan catatan');
    const button = [...cards[0]!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Kirim pengingat')!;
    button.click();
    for (let i = 0; i < 3; i++) await harness.fixture.whenStable();
    expect(remind).toHaveBeenCalledWith(1);
    expect(cards[0]!.querySelector('[role=alert]')!.textContent).toContain('sudah diingatkan hari ini');
  });
});
