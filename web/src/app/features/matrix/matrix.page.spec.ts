import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AgencySummary, MatrixResponse } from '@pantau/domain';
import { Observable, of, throwError } from 'rxjs';
import { makeAgency, makeMatrix, makePeriod, makeRow } from '../../../testing/fixtures';
import { QueryParams } from '../../core/api/page';
import { PeriodsService } from '../../core/periods/periods.service';
import { MatrixDataService } from './matrix-data.service';
import MatrixPage from './matrix.page';

const PERIODS = [
  makePeriod({ id: 2, year: 2024, state: 'closed' }),
  makePeriod({ id: 3, year: 2025 }),
  makePeriod({ id: 4, year: 2026, state: 'draft' }),
];
const ROWS = [
  makeRow(makeAgency(1, { name: 'Papua', batch: 'timur' }), 40),
  makeRow(makeAgency(2, { name: 'Aceh', batch: 'barat' }), 90),
  makeRow(makeAgency(3, { name: 'Maluku', batch: 'timur' }), 65),
];

class FakeMatrixData {
  calls: Array<{ periodId: number; params: QueryParams }> = [];
  response: () => Observable<MatrixResponse> = () => of(makeMatrix(ROWS));

  matrix(periodId: number, params: QueryParams): Observable<MatrixResponse> {
    this.calls.push({ periodId, params });
    return this.response();
  }
  provinces(): Observable<AgencySummary[]> {
    return of([makeAgency(62, { name: 'Kalimantan Tengah', type: 'provinsi' })]);
  }
}

async function setup(url = '/matrix', rows = ROWS) {
  const data = new FakeMatrixData();
  data.response = () => of(makeMatrix(rows));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'matrix', component: MatrixPage }]),
      { provide: MatrixDataService, useValue: data },
      { provide: PeriodsService, useValue: { list: () => of(PERIODS) } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  await settle(harness);
  return { harness, data, router: TestBed.inject(Router), el: harness.routeNativeElement as HTMLElement };
}

async function settle(harness: RouterTestingHarness) {
  for (let i = 0; i < 3; i++) {
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const agencyNames = (el: HTMLElement) =>
  [...el.querySelectorAll('.grid__agency-name')].map((n) => n.textContent?.trim());

describe('MatrixPage', () => {
  beforeEach(() => localStorage.clear());

  it('loads the newest non-draft period, puts it in the URL and renders every row', async () => {
    const { data, router, el } = await setup();
    expect(data.calls[0]).toEqual({ periodId: 3, params: {} });
    expect(router.url).toBe('/matrix?period=3');
    expect(agencyNames(el)).toEqual(['Aceh', 'Maluku', 'Papua']);
    expect(el.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('4');
    expect(el.querySelector('.matrix__summary')?.textContent).toContain('3 instansi');
  });

  it('reads filters from the URL and sends them to the API', async () => {
    const { data, el } = await setup('/matrix?period=2&batch=timur&q=pa');
    expect(data.calls.at(-1)).toEqual({ periodId: 2, params: { batch: 'timur', q: 'pa' } });
    expect((el.querySelector('#matrix-batch') as HTMLSelectElement).value).toBe('timur');
    expect((el.querySelector('#matrix-q') as HTMLInputElement).value).toBe('pa');
  });

  it('writes a chosen batch into the URL and reloads', async () => {
    const { harness, data, router, el } = await setup();
    const select = el.querySelector<HTMLSelectElement>('#matrix-batch')!;
    select.value = 'timur';
    select.dispatchEvent(new Event('change'));
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3&batch=timur');
    expect(data.calls.at(-1)?.params).toEqual({ batch: 'timur' });
  });

  it('writes the search into the URL after a pause', async () => {
    const { harness, router, el } = await setup();
    const input = el.querySelector<HTMLInputElement>('#matrix-q')!;
    input.value = 'kal';
    input.dispatchEvent(new Event('input'));
    expect(router.url).toBe('/matrix?period=3');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3&q=kal');
  });

  it('sorts from a column header through the URL without asking the server again', async () => {
    const { harness, data, router, el } = await setup();
    const calls = data.calls.length;
    el.querySelector<HTMLButtonElement>('[data-r="0"][data-c="9"]')!.click();
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3&sort=index&dir=desc');
    expect(agencyNames(el)).toEqual(['Aceh', 'Maluku', 'Papua']);
    el.querySelector<HTMLButtonElement>('[data-r="0"][data-c="9"]')!.click();
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3&sort=index&dir=asc');
    expect(agencyNames(el)).toEqual(['Papua', 'Maluku', 'Aceh']);
    expect(data.calls.length).toBe(calls);
  });

  it('exports exactly the filtered and sorted view', async () => {
    const { el } = await setup('/matrix?period=3&batch=timur&sort=index&dir=asc');
    const exporter = TestBed.inject(MatrixDataService) as unknown as FakeMatrixData & { exportFile: jest.Mock };
    exporter.exportFile = jest.fn(() => of());
    const csv = [...el.querySelectorAll<HTMLButtonElement>('pantau-matrix-export button')].find((b) =>
      b.textContent?.includes('CSV'),
    )!;
    csv.click();
    expect(exporter.exportFile).toHaveBeenCalledWith(3, 'csv', { batch: 'timur', sort: 'index' });
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { harness, router, el } = await setup();
    const data = TestBed.inject(MatrixDataService) as unknown as FakeMatrixData;
    data.response = () => of(makeMatrix([]));
    const select = el.querySelector<HTMLSelectElement>('#matrix-type')!;
    select.value = 'kota';
    select.dispatchEvent(new Event('change'));
    await settle(harness);
    expect(el.querySelector('pantau-empty')?.textContent).toContain('Tidak ada instansi yang cocok');
    el.querySelector<HTMLButtonElement>('pantau-empty button')!.click();
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3');
  });

  it('narrows the rows to agencies holding items of the colour in the URL, in the browser, and clears it', async () => {
    const withRed = makeRow(makeAgency(4, { name: 'Bali' }), 55);
    withRed.cells[0] = { ...withRed.cells[0]!, red: 2 };
    const url = `/matrix?period=3&color=red&pillar=${withRed.cells[0]!.pillar}`;
    const { harness, data, router, el } = await setup(url, [...ROWS, withRed]);
    expect(agencyNames(el)).toEqual(['Bali']);
    expect(data.calls.at(-1)?.params).toEqual({});
    expect((el.querySelector('#matrix-color') as HTMLSelectElement).value).toBe('red');
    expect(el.querySelector('.matrix__export-note')?.textContent).toContain('hanya berlaku di layar');
    el.querySelector<HTMLButtonElement>('.toolbar__reset')!.click();
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3');
  });

  it('shows an index band from the URL in words, with a way to clear it', async () => {
    const { harness, router, el } = await setup('/matrix?period=3&min=60&max=70');
    expect(agencyNames(el)).toEqual(['Maluku']);
    const band = el.querySelector('.matrix__band')!;
    expect(band.textContent).toContain('Indeks 60–70');
    band.querySelector('button')!.click();
    await settle(harness);
    expect(router.url).toBe('/matrix?period=3');
  });

  it('says what went wrong when the matrix cannot load', async () => {
    const { harness, el } = await setup();
    const data = TestBed.inject(MatrixDataService) as unknown as FakeMatrixData;
    data.response = () => throwError(() => new HttpErrorResponse({ status: 0 }));
    const select = el.querySelector<HTMLSelectElement>('#matrix-batch')!;
    select.value = 'pusat';
    select.dispatchEvent(new Event('change'));
    await settle(harness);
    expect(el.querySelector('pantau-error')?.textContent).toContain('Tidak dapat terhubung ke server');
  });
});
