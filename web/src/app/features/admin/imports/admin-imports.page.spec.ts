import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { makePeriod } from '../../../../testing/fixtures';
import { I18nService } from '../../../core/i18n/i18n.service';
import { PeriodsService } from '../../../core/periods/periods.service';
import AdminImportsPage from './admin-imports.page';

async function setup() {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: PeriodsService, useValue: { list: () => of([makePeriod({ id: 4, year: 2026, state: 'draft' })]) } },
    ],
  });
  const fixture = TestBed.createComponent(AdminImportsPage);
  await settle(fixture);
  return { fixture, http: TestBed.inject(HttpTestingController), el: fixture.nativeElement as HTMLElement };
}

async function settle(fixture: ComponentFixture<unknown>, ms = 20) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  fixture.detectChanges();
  await fixture.whenStable();
}

/** Chooses a file in the form's file input and submits the form. */
async function upload(fixture: ComponentFixture<unknown>, el: HTMLElement) {
  const input = el.querySelector('#import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['agency_code;pillar;title\n'], 'butir.csv')] });
  input.dispatchEvent(new Event('change'));
  (el.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
  await settle(fixture);
}

/** The page polls on a timer: waits for its next request to the URL instead of guessing when it comes. */
async function polled(http: HttpTestingController, url: string): Promise<TestRequest> {
  for (let i = 0; i < 200; i++) {
    const [req] = http.match(url);
    if (req) return req;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no request to ${url}`);
}

const status = (el: HTMLElement) => el.querySelector('#import-progress-label')?.textContent?.trim();

describe('AdminImportsPage', () => {
  beforeEach(() => localStorage.clear());

  it('reserves an id from the server, uploads under it and shows the place in line while queued', async () => {
    const { fixture, http, el } = await setup();
    await upload(fixture, el);
    const reserve = http.expectOne('/api/imports/jobs');
    expect(reserve.request.method).toBe('POST');
    expect(reserve.request.body).toEqual({ kind: 'items', periodId: 4 });
    reserve.flush({ importId: 'made-by-server' });
    await settle(fixture);

    const sent = http.expectOne((r) => r.url === '/api/imports/items');
    expect(sent.request.params.get('importId')).toBe('made-by-server');
    expect(sent.request.params.get('periodId')).toBe('4');

    // Polled once the upload is under way; the server says it is third in line.
    (await polled(http, '/api/imports/made-by-server/progress')).flush({
      phase: 'queued',
      done: 0,
      total: 0,
      position: 3,
    });
    await settle(fixture);
    expect(status(el)).toBe('Menunggu giliran: ke-3');

    sent.flush({
      ok: true,
      kind: 'items',
      rows: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      errors: [],
      importId: 'made-by-server',
      dryRun: false,
    });
    await settle(fixture);
    expect(status(el)).toBe('Selesai');
    http.match(() => true).forEach((r) => r.flush({ phase: 'done', done: 1, total: 1 }));
  });

  it('says so in words when the import queue is full', async () => {
    const { fixture, http, el } = await setup();
    await upload(fixture, el);
    http.expectOne('/api/imports/jobs').flush({ importId: 'id-2' });
    await settle(fixture);
    http
      .expectOne((r) => r.url === '/api/imports/items')
      .flush(
        {
          statusCode: 503,
          code: 'import-queue-full',
          params: { limit: 20 },
          message: '20 imports are already waiting',
          error: 'x',
        },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await settle(fixture);
    expect(el.querySelector('.notice--error')?.textContent?.trim()).toBe(
      'Terlalu banyak impor sedang menunggu giliran. Coba lagi dalam beberapa menit.',
    );
  });

  it("lists each bad row's problem in the user's language", async () => {
    const { fixture, http, el } = await setup();
    await upload(fixture, el);
    http.expectOne('/api/imports/jobs').flush({ importId: 'id-3' });
    await settle(fixture);
    const row = (row: number, column: string, code: string, params: object | undefined, message: string) => ({
      row,
      column,
      code,
      params,
      message,
    });
    http
      .expectOne((r) => r.url === '/api/imports/items')
      .flush(
        {
          statusCode: 422,
          error: 'Unprocessable Entity',
          code: 'import-rows-invalid',
          params: { kind: 'items', errors: 3, rows: 3 },
          message: 'The items file has 3 error(s) in 3 row(s); nothing was imported. Fix them and upload again.',
          ok: false,
          kind: 'items',
          rows: 3,
          created: 0,
          updated: 0,
          unchanged: 0,
          errors: [
            row(2, 'pillar', 'pillar-unknown', { value: 'Jujur' }, '"Jujur" is not a BerAKHLAK pillar'),
            row(3, 'title', 'cell-too-long', { limit: 300 }, 'The title is longer than 300 characters'),
            row(4, 'note', 'made-up-later', undefined, 'A problem this build has no words for'),
          ],
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await settle(fixture);
    const problems = () =>
      [...el.querySelectorAll('.import-errors tbody td:last-child')].map((td) => td.textContent?.trim());
    expect(problems()).toEqual([
      '"Jujur" bukan pilar BerAKHLAK.',
      'Isinya lebih dari 300 karakter.',
      'A problem this build has no words for',
    ]);
    await TestBed.inject(I18nService).setLang('en');
    fixture.detectChanges();
    expect(problems()).toEqual([
      '"Jujur" is not a BerAKHLAK pillar.',
      'It is longer than 300 characters.',
      'A problem this build has no words for',
    ]);
  });
});
