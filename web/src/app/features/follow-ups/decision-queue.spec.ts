import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { convertToParamMap } from '@angular/router';
import { FollowUpDecisionRequest, FollowUpListParams, FollowUpView } from '@pantau/domain';
import { Observable, of, throwError } from 'rxjs';
import { makeFollowUp } from '../../../testing/fixtures';
import { DecisionQueue } from './decision-queue';
import { parseFollowUpQuery } from './follow-up-query';
import { FollowUpsDataService } from './follow-ups-data.service';
import { afterDecision, step } from './queue-shortcuts';

@Component({
  imports: [DecisionQueue],
  template: `<pantau-decision-queue [filters]="filters" [periodId]="2" (exit)="exited.set(true)" />`,
})
class Host {
  readonly filters = parseFollowUpQuery(convertToParamMap({ province: '62' }), 'evaluator');
  readonly exited = signal(false);
}

const answered = (id: number) =>
  makeFollowUp(id, {
    state: 'responded',
    response: `Jawaban ${id}`,
    itemTitle: `Butir ${id}`,
    agencyName: 'Kota Palangka Raya',
  });

async function setup(decide: (id: number, body: FollowUpDecisionRequest) => Observable<FollowUpView>) {
  const asked: FollowUpListParams[] = [];
  const announced: string[] = [];
  const decided: Array<[number, FollowUpDecisionRequest]> = [];
  const items = [answered(1), answered(2), answered(3)];
  TestBed.configureTestingModule({
    providers: [
      {
        provide: FollowUpsDataService,
        useValue: {
          list: (params: FollowUpListParams) => {
            asked.push(params);
            return of({ items, total: 3, counts: { open: 0, responded: 3, accepted: 0, rejected: 0, overdue: 0 } });
          },
          decide: (id: number, body: FollowUpDecisionRequest) => {
            decided.push([id, body]);
            return decide(id, body);
          },
        },
      },
      { provide: LiveAnnouncer, useValue: { announce: (text: string) => (announced.push(text), Promise.resolve()) } },
    ],
  });
  const fixture = TestBed.createComponent(Host);
  document.body.appendChild(fixture.nativeElement);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const press = async (key: string, target: EventTarget = document.body, ctrlKey = false) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, cancelable: true }));
    await fixture.whenStable();
  };
  const title = () => el.querySelector('#fu-queue-item')!.textContent!.trim();
  return { fixture, el, press, title, asked, announced, decided };
}

describe('DecisionQueue', () => {
  afterEach(() => document.body.replaceChildren());

  it('asks the server for the answers awaiting a decision, with the list filters', async () => {
    const { asked, el } = await setup((id) => of(makeFollowUp(id, { state: 'accepted' })));
    expect(asked[0]).toMatchObject({ periodId: 2, state: 'responded', province: 62, assigned: 'me', page: 1 });
    expect(asked[0]!.overdue).toBeUndefined();
    expect(el.textContent).toContain('Jawaban 1 dari 3 yang menunggu keputusan');
    expect(el.textContent).toContain('Jawaban 1');
  });

  it('walks the queue by keyboard, focus on the current answer and the move announced', async () => {
    const { press, title, announced } = await setup((id) => of(makeFollowUp(id, { state: 'accepted' })));
    await press('j');
    expect(title()).toBe('Butir 2');
    expect(document.activeElement?.id).toBe('fu-queue-item');
    expect(announced.at(-1)).toBe('Sekarang: Butir 2, Kota Palangka Raya.');
    await press('ArrowDown');
    await press('j');
    expect(title()).toBe('Butir 3');
    await press('k');
    expect(title()).toBe('Butir 2');
  });

  it('accepts with the colour of the key, and the next answer comes up', async () => {
    const { press, title, announced, decided, el } = await setup((id) => of(makeFollowUp(id, { state: 'accepted' })));
    await press('3');
    expect(decided).toEqual([[1, { decision: 'accept', color: 'green', note: null }]]);
    expect(title()).toBe('Butir 2');
    expect(announced.at(-1)).toMatch(/^Diterima dengan warna Hijau.*\. Sekarang: Butir 2/);
    expect(el.textContent).toContain('Jawaban 1 dari 2');
    const green = el.querySelector('[aria-keyshortcuts="3 G"]');
    expect(green?.textContent).toContain('Hijau');
  });

  it('rejects with a typed reason, and keeps the reason when the server refuses', async () => {
    let fail = true;
    const { press, el, decided, title } = await setup((id) =>
      fail
        ? throwError(() => new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))
        : of(makeFollowUp(id, { state: 'rejected' })),
    );
    await press('x');
    const reason = el.querySelector<HTMLTextAreaElement>('#fu-queue-reason')!;
    expect(document.activeElement).toBe(reason);
    // An empty reason is not sent.
    await press('Enter', reason, true);
    expect(decided).toEqual([]);
    expect(el.textContent).toContain('Tuliskan alasan penolakan.');
    reason.value = 'Foto kegiatan belum dilampirkan.';
    reason.dispatchEvent(new Event('input'));
    await press('Enter', reason, true);
    expect(decided).toEqual([[1, { decision: 'reject', note: 'Foto kegiatan belum dilampirkan.', color: null }]]);
    expect(el.querySelector('[role=alert]')).not.toBeNull();
    expect(el.querySelector<HTMLTextAreaElement>('#fu-queue-reason')!.value).toBe('Foto kegiatan belum dilampirkan.');
    expect(title()).toBe('Butir 1');
    fail = false;
    await press('Enter', el.querySelector('#fu-queue-reason')!, true);
    expect(decided).toHaveLength(2);
    expect(title()).toBe('Butir 2');
    expect(el.querySelector('#fu-queue-reason')).toBeNull();
  });

  it('leaves the reason field with Escape, then the queue', async () => {
    const { press, el, fixture } = await setup((id) => of(makeFollowUp(id)));
    await press('x');
    await press('Escape', el.querySelector('#fu-queue-reason')!);
    expect(el.querySelector('#fu-queue-reason')).toBeNull();
    expect(fixture.componentInstance.exited()).toBe(false);
    await press('Escape');
    expect(fixture.componentInstance.exited()).toBe(true);
  });
});

describe('queue navigation', () => {
  it('moves to the answer after the decided one, and stays within the queue', () => {
    expect(afterDecision([1, 2, 3], 0, 1)).toEqual({ ids: [2, 3], index: 0 });
    expect(afterDecision([1, 2, 3], 2, 3)).toEqual({ ids: [1, 2], index: 1 });
    expect(afterDecision([1], 0, 1)).toEqual({ ids: [], index: 0 });
    expect(step(0, 3, -1)).toBe(0);
    expect(step(2, 3, 1)).toBe(2);
    expect(step(1, 3, 1)).toBe(2);
  });
});
