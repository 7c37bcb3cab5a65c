import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AssignmentView, ItemView, RateRequest, RatingColor, RatingResult } from '@pantau/domain';
import { Observable, of, Subject, throwError } from 'rxjs';
import { makeItem, makePeriod, makeRating } from '../../../testing/fixtures';
import { EvaluateDataService } from './evaluate-data.service';
import { RatingScreen } from './rating-screen';

const ASSIGNMENT: AssignmentView = {
  agencyId: 471,
  agencyName: 'Kabupaten Balangan',
  agencyCode: 'KAB-63.11',
  batch: 'tengah',
  evaluatorId: 2,
  evaluatorName: 'Analis',
  rated: 1,
  total: 3,
  evaluatedAt: null,
};

function items(): ItemView[] {
  return [
    makeItem(1, {
      title: 'Klinik konsultasi layanan',
      rating: makeRating({ color: 'yellow', note: 'Baru sebagian.' }),
      version: 1,
    }),
    makeItem(2, { title: 'Pojok layanan prioritas' }),
    makeItem(3, { title: 'Survei kepuasan masyarakat' }),
  ];
}

/** Answers every rating at once unless a test gives its own answer. */
function saved(itemId: number, body: RateRequest): Observable<RatingResult> {
  return of({
    rating: makeRating({
      id: 100 + itemId,
      color: body.color,
      note: body.note || null,
      version: body.expectedVersion + 1,
    }),
    version: body.expectedVersion + 1,
  });
}

async function setup(options: { list?: ItemView[]; itemId?: number | null; state?: 'evaluation' | 'closed' } = {}) {
  const rate = jest.fn(saved);
  const markDone = jest.fn(() => of({ evaluatedAt: '2026-11-23T04:00:00.000Z' }));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: EvaluateDataService,
        useValue: {
          items: () => of(options.list ?? items()),
          publications: () => of([]),
          rate,
          markDone,
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(RatingScreen);
  fixture.componentRef.setInput('period', makePeriod({ id: 2, state: options.state ?? 'evaluation' }));
  fixture.componentRef.setInput('agencyId', 471);
  fixture.componentRef.setInput('agencyName', 'Kabupaten Balangan');
  fixture.componentRef.setInput('assignment', ASSIGNMENT);
  fixture.componentRef.setInput('itemId', options.itemId === undefined ? 1 : options.itemId);
  const moved: number[] = [];
  fixture.componentInstance.itemChange.subscribe((id) => moved.push(id));
  const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
  await settle(fixture);
  return { fixture, el: fixture.nativeElement as HTMLElement, rate, markDone, moved, announce };
}

async function settle(fixture: ComponentFixture<RatingScreen>) {
  for (let i = 0; i < 3; i++) await fixture.whenStable();
}

async function press(fixture: ComponentFixture<RatingScreen>, key: string, target: Element = document.body) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  await settle(fixture);
}

const title = (el: HTMLElement) => el.querySelector('#rs-item-title')?.textContent?.trim();
const note = (el: HTMLElement) => el.querySelector<HTMLTextAreaElement>('#rs-note')!;
const pressed = (el: HTMLElement) =>
  el.querySelector('.rs-color[aria-pressed="true"] .rs-color__name')?.textContent?.trim() ?? null;

function type(el: HTMLTextAreaElement, text: string) {
  el.value = text;
  el.dispatchEvent(new Event('input'));
}

const conflict = (color: RatingColor, version: number) =>
  new HttpErrorResponse({
    status: 409,
    error: {
      statusCode: 409,
      message: 'Someone rated this item after you opened it (you saw version 0, it is now 1).',
      code: 'rating-conflict',
      params: { expectedVersion: 0, currentVersion: version },
      current: makeRating({
        id: 77,
        color,
        note: 'Dinilai oleh rekan.',
        evaluator: { id: 3, displayName: 'Analis Kedua' },
        version,
      }),
      version,
    },
  });

describe('RatingScreen', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it('shows the item, its suggested colour with the reason, and the progress', async () => {
    const { el } = await setup();
    expect(title(el)).toBe('Klinik konsultasi layanan');
    expect(el.textContent).toContain('Spanduk diperbarui bulanan.');
    expect(el.querySelector('#rs-progress-label')?.textContent).toContain('1 dari 3 butir dinilai');
    expect(pressed(el)).toBe('Kuning (lemah)');
    expect(note(el).value).toBe('Baru sebagian.');
  });

  it.each([
    ['1', 'red'],
    ['2', 'yellow'],
    ['3', 'green'],
    ['r', 'red'],
    ['y', 'yellow'],
    ['g', 'green'],
    ['G', 'green'],
  ] as const)('rates with the key %s (%s) and sends the version it saw', async (key, color) => {
    const { fixture, rate, el } = await setup({ itemId: 2 });
    await press(fixture, key);
    expect(rate).toHaveBeenCalledTimes(1);
    expect(rate).toHaveBeenCalledWith(2, { color, note: '', recommendation: '', expectedVersion: 0 });
    expect(el.querySelector('.rs-status')?.textContent).toContain('Tersimpan');
  });

  it('saves the note typed so far with the colour and announces the save', async () => {
    const { fixture, rate, el, announce } = await setup({ itemId: 2 });
    type(note(el), 'Kegiatan berjalan, publikasi hanya di situs web.');
    await settle(fixture);
    await press(fixture, '2');
    expect(rate).toHaveBeenCalledWith(2, {
      color: 'yellow',
      note: 'Kegiatan berjalan, publikasi hanya di situs web.',
      recommendation: '',
      expectedVersion: 0,
    });
    expect(announce).toHaveBeenLastCalledWith('Tersimpan: Kuning (lemah), butir 2 dari 3.', 'polite');
    expect(el.querySelector('[aria-live]')).toBeNull();
  });

  it('moves with j/k and the arrow keys and reports the item for the URL', async () => {
    const { fixture, el, moved } = await setup();
    await press(fixture, 'j');
    expect(title(el)).toBe('Pojok layanan prioritas');
    await press(fixture, 'ArrowDown');
    expect(title(el)).toBe('Survei kepuasan masyarakat');
    await press(fixture, 'k');
    await press(fixture, 'ArrowUp');
    expect(title(el)).toBe('Klinik konsultasi layanan');
    expect(moved).toEqual([2, 3, 2, 1]);
  });

  it('keeps the current item in view in the list, scrolling the list only', async () => {
    const { fixture, el } = await setup({ list: Array.from({ length: 30 }, (_, i) => makeItem(i + 1)) });
    const list = el.querySelector<HTMLElement>('.rs-list__items')!;
    // jsdom lays nothing out: a 300 px list of 32 px rows, scrolled to the top.
    jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this === list) return new DOMRect(0, 100, 300, 300);
      const index = [...list.querySelectorAll('.rs-list__item')].indexOf(this);
      return new DOMRect(0, 100 + index * 32 - list.scrollTop, 300, 32);
    });
    for (let i = 0; i < 12; i++) await press(fixture, 'j');
    expect(title(el)).toBe('Butir 13');
    // Row 13 (index 12) spans 484–516 px from the list's top edge at 100: scrolled by 116 px it ends at its bottom.
    expect(list.scrollTop).toBe(116);
  });

  it('starts at the first unrated item when the URL names none', async () => {
    const { el } = await setup({ itemId: null });
    expect(title(el)).toBe('Pojok layanan prioritas');
  });

  it('focuses the note with n, and letters typed there stay letters', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    await press(fixture, 'n');
    expect(document.activeElement).toBe(note(el));
    await press(fixture, 'g', note(el));
    await press(fixture, 'j', note(el));
    expect(rate).not.toHaveBeenCalled();
    expect(title(el)).toBe('Pojok layanan prioritas');
  });

  it('saves a later note with Ctrl+Enter, against the new version', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    await press(fixture, '3');
    type(note(el), 'Lengkap dan rutin.');
    await settle(fixture);
    note(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await settle(fixture);
    expect(rate).toHaveBeenLastCalledWith(2, {
      color: 'green',
      note: 'Lengkap dan rutin.',
      recommendation: '',
      expectedVersion: 1,
    });
  });

  it('on a 409 shows the other rating beside the unsaved choice and keeps the note', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    rate.mockImplementationOnce(() => throwError(() => conflict('green', 1)));
    type(note(el), 'Belum ada spanduk; hanya unggahan di situs web.');
    await settle(fixture);
    await press(fixture, '1');

    const panel = el.querySelector('.rs-conflict');
    expect(panel).not.toBeNull();
    expect(panel?.textContent).toContain('Butir ini baru saja dinilai oleh Analis Kedua');
    const sides = panel!.querySelectorAll('.rs-compare__side');
    expect(sides[0]?.textContent).toContain('Merah (tidak ada)');
    expect(sides[0]?.textContent).toContain('Belum ada spanduk; hanya unggahan di situs web.');
    expect(sides[1]?.textContent).toContain('Hijau (lengkap)');
    expect(sides[1]?.textContent).toContain('Dinilai oleh rekan.');
    expect(note(el).value).toBe('Belum ada spanduk; hanya unggahan di situs web.');
    expect(el.querySelector('.rs-list__item[aria-current="true"]')?.textContent).toContain('Perlu keputusan Anda');
  });

  it('keeps mine by sending the same choice again with the version that is there now', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    rate.mockImplementationOnce(() => throwError(() => conflict('green', 4)));
    type(note(el), 'Catatan saya.');
    await settle(fixture);
    await press(fixture, '1');
    el.querySelector<HTMLButtonElement>('.rs-conflict__actions .button--primary')!.click();
    await settle(fixture);
    expect(rate).toHaveBeenLastCalledWith(2, {
      color: 'red',
      note: 'Catatan saya.',
      recommendation: '',
      expectedVersion: 4,
    });
    expect(el.querySelector('.rs-conflict')).toBeNull();
    expect(pressed(el)).toBe('Merah (tidak ada)');
  });

  it('takes theirs without losing the typed note', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    rate.mockImplementationOnce(() => throwError(() => conflict('green', 1)));
    type(note(el), 'Catatan saya tetap ada.');
    await settle(fixture);
    await press(fixture, '1');
    el.querySelector<HTMLButtonElement>('.rs-conflict__actions .button--secondary')!.click();
    await settle(fixture);
    expect(el.querySelector('.rs-conflict')).toBeNull();
    expect(pressed(el)).toBe('Hijau (lengkap)');
    expect(note(el).value).toBe('Catatan saya tetap ada.');
    expect(el.querySelector('.rs-status')?.textContent).toContain('Perubahan belum disimpan');
    expect(rate).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal that is not a conflict, in the user language', async () => {
    const { fixture, el, rate } = await setup({ itemId: 2 });
    rate.mockImplementationOnce(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              message: 'Ratings are accepted only while the period is under evaluation; this period is "published"',
              code: 'rating-period-closed',
              params: { state: 'published' },
            },
          }),
      ),
    );
    await press(fixture, '3');
    expect(el.querySelector('.rs-conflict')).toBeNull();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Penilaian hanya diterima pada tahap Evaluasi; periode ini sedang pada tahap Hasil dipublikasikan.',
    );
  });

  it('does not offer rating when the period does not take ratings', async () => {
    const { fixture, el, rate } = await setup({ state: 'closed' });
    await press(fixture, '3');
    expect(rate).not.toHaveBeenCalled();
    expect(el.querySelector<HTMLButtonElement>('.rs-color')?.disabled).toBe(true);
    expect(el.textContent).toContain('tidak menerima penilaian');
  });

  it('marks the agency done once every item is rated, and shows the server message when refused', async () => {
    const { fixture, el, markDone } = await setup({ itemId: 2 });
    const done = () => el.querySelector<HTMLButtonElement>('.rs-head__done button')!;
    expect(done().disabled).toBe(true);
    expect(el.querySelector('#rs-done-hint')?.textContent).toContain('masih 2 butir lagi');

    await press(fixture, '3');
    await press(fixture, 'j');
    await press(fixture, '2');
    expect(done().disabled).toBe(false);

    markDone.mockImplementationOnce(() =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              statusCode: 409,
              message: 'The period is "published"; evaluations are marked done during evaluation',
              code: 'evaluation-done-outside-evaluation',
              params: { state: 'published' },
            },
          }),
      ),
    );
    done().click();
    await settle(fixture);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Penilaian hanya dapat ditandai selesai');

    done().click();
    await settle(fixture);
    expect(markDone).toHaveBeenCalledWith(2, 471);
    expect(el.querySelector('.rs-head__done')?.textContent).toContain('Selesai dinilai');
  });

  it('opens the shortcut help with ?', async () => {
    const { fixture, el } = await setup();
    await press(fixture, '?');
    const dialog = el.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.textContent).toContain('Butir belum dinilai berikutnya');
  });

  it('queues a second choice made while the first is still saving', async () => {
    const { fixture, rate } = await setup({ itemId: 2 });
    const first = new Subject<RatingResult>();
    rate.mockImplementationOnce(() => first);
    await press(fixture, '1');
    await press(fixture, '3');
    expect(rate).toHaveBeenCalledTimes(1);
    first.next({ rating: makeRating({ color: 'red', version: 1 }), version: 1 });
    first.complete();
    await settle(fixture);
    expect(rate).toHaveBeenCalledTimes(2);
    expect(rate).toHaveBeenLastCalledWith(2, { color: 'green', note: '', recommendation: '', expectedVersion: 1 });
  });
});
