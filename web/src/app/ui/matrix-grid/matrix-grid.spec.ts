import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { MatrixRow } from '@pantau/domain';
import { makeAgency, makeCell, makeMatrix, makeRow } from '../../../testing/fixtures';
import { I18nService } from '../../core/i18n/i18n.service';
import { MatrixGrid } from './matrix-grid';
import { MatrixSort } from './matrix-sort';

function kalteng(): MatrixRow {
  const row = makeRow(makeAgency(62, { name: 'Kalimantan Tengah', code: 'kalteng', type: 'provinsi' }), 70);
  row.cells = row.cells.map((c) =>
    c.pillar === 'adaptif' ? makeCell('adaptif', 62.5, { red: 2, yellow: 3, green: 2, grey: 1 }) : c,
  );
  return row;
}

async function setup(rows: MatrixRow[], sort: MatrixSort = { key: 'name', dir: 'asc' }) {
  const fixture = TestBed.configureTestingModule({ providers: [provideRouter([])] }).createComponent(MatrixGrid);
  const matrix = makeMatrix(rows);
  fixture.componentRef.setInput('rows', matrix.rows);
  fixture.componentRef.setInput('pillars', matrix.pillars);
  fixture.componentRef.setInput('sort', sort);
  fixture.componentRef.setInput('periodId', 7);
  fixture.componentRef.setInput('label', 'Matriks');
  await settle(fixture);
  return fixture;
}

/** Virtual scrolling renders rows after a measure pass; let it finish. */
async function settle(fixture: ComponentFixture<unknown>) {
  for (let i = 0; i < 3; i++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const el = (fixture: ComponentFixture<unknown>) => fixture.nativeElement as HTMLElement;
const cell = (fixture: ComponentFixture<unknown>, r: number, c: number) =>
  el(fixture).querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);

function press(target: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

describe('MatrixGrid', () => {
  beforeEach(() => localStorage.clear());

  it('renders an ARIA grid with a header row, one row per agency and ten columns', async () => {
    const fixture = await setup([kalteng(), makeRow(makeAgency(2), 85), makeRow(makeAgency(3), null)]);
    const grid = el(fixture).querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    expect(grid.getAttribute('aria-colcount')).toBe('10');
    expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(10);
    const rows = grid.querySelectorAll('.grid__rows [role="row"]');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(rows[0]!.querySelector('[role="rowheader"]')?.textContent).toContain('Kalimantan Tengah');
    expect(rows[0]!.querySelectorAll('[role="gridcell"]')).toHaveLength(9);
  });

  it('labels each cell with agency, pillar, score, colour and counts, and links to the pillar', async () => {
    const fixture = await setup([kalteng()]);
    const adaptif = cell(fixture, 1, 6)!;
    expect(adaptif.querySelector('pantau-traffic-light')?.getAttribute('aria-label')).toBe(
      'Kalimantan Tengah, Adaptif: 62,5 %, kuning — 2 merah, 3 kuning, 2 hijau, 1 belum dinilai',
    );
    expect(adaptif.getAttribute('href')).toBe('/agencies/62?period=7&pillar=adaptif');
    expect(adaptif.closest('[role="gridcell"]')?.getAttribute('aria-colindex')).toBe('7');
  });

  it('labels an unrated cell as not rated, never as red', async () => {
    const row = makeRow(makeAgency(3, { name: 'Kota Baru' }), null);
    row.cells[0] = makeCell('berorientasi-pelayanan', null, { grey: 4 });
    const fixture = await setup([row]);
    const label = cell(fixture, 1, 1)!.querySelector('pantau-traffic-light')!;
    expect(label.classList).toContain('tl--grey');
    expect(label.getAttribute('aria-label')).toBe(
      'Kota Baru, Berorientasi Pelayanan: belum dinilai — 0 merah, 0 kuning, 0 hijau, 4 belum dinilai',
    );
  });

  it('writes the counts with the thousands separator of the reader language', async () => {
    const row = makeRow(makeAgency(3, { name: 'Nasional' }), null);
    row.cells[0] = makeCell('berorientasi-pelayanan', null, { grey: 4370 });
    const fixture = await setup([row]);
    const label = () => cell(fixture, 1, 1)!.querySelector('pantau-traffic-light')!.getAttribute('aria-label');
    expect(label()).toContain('4.370 belum dinilai');
    await TestBed.inject(I18nService).setLang('en');
    fixture.componentRef.setInput('rows', [{ ...row }]);
    await settle(fixture);
    expect(label()).toContain('4,370 not rated');
  });

  it('opens the pillar page on click, but leaves Ctrl+click to the browser', async () => {
    const fixture = await setup([kalteng()]);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    // Record whether the grid took over the click, then stop jsdom from following the link.
    let takenOver: boolean | null = null;
    const record = (e: Event) => {
      takenOver = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', record);
    const link = cell(fixture, 1, 6)!;
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(takenOver).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/agencies/62?period=7&pillar=adaptif');
    navigate.mockClear();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(takenOver).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
    document.removeEventListener('click', record);
  });

  it('keeps exactly one cell in the tab order', async () => {
    const fixture = await setup([kalteng(), makeRow(makeAgency(2), 85)]);
    const tabbable = el(fixture).querySelectorAll('[data-r][tabindex="0"]');
    expect(tabbable).toHaveLength(1);
  });

  it('moves focus with the arrow keys, Home and End', async () => {
    const fixture = await setup([kalteng(), makeRow(makeAgency(2), 85), makeRow(makeAgency(3), 40)]);
    cell(fixture, 1, 1)!.focus();

    press(cell(fixture, 1, 1)!, 'ArrowRight');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 1, 2));

    press(cell(fixture, 1, 2)!, 'ArrowDown');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 2, 2));
    expect(cell(fixture, 2, 2)!.tabIndex).toBe(0);
    expect(cell(fixture, 1, 1)!.tabIndex).toBe(-1);

    press(cell(fixture, 2, 2)!, 'End');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 2, 9));

    press(cell(fixture, 2, 9)!, 'Home');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 2, 0));

    press(cell(fixture, 2, 0)!, 'ArrowUp');
    press(document.activeElement as HTMLElement, 'ArrowUp');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 0, 0));
  });

  it('stops at the edges and jumps to the last cell with Ctrl+End', async () => {
    const fixture = await setup([kalteng(), makeRow(makeAgency(2), 85)]);
    cell(fixture, 1, 0)!.focus();
    press(cell(fixture, 1, 0)!, 'ArrowLeft');
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 1, 0));
    press(cell(fixture, 1, 0)!, 'End', { ctrlKey: true });
    await settle(fixture);
    expect(document.activeElement).toBe(cell(fixture, 2, 9));
  });

  it('asks for a new sort from the column headers and marks the sorted column', async () => {
    const fixture = await setup([kalteng()], { key: 'adaptif', dir: 'desc' });
    const emitted: MatrixSort[] = [];
    fixture.componentInstance.sortChange.subscribe((s) => emitted.push(s));
    const headers = el(fixture).querySelectorAll('[role="columnheader"]');
    expect(headers[6]!.getAttribute('aria-sort')).toBe('descending');
    expect(headers[0]!.hasAttribute('aria-sort')).toBe(false);

    cell(fixture, 0, 6)!.click();
    cell(fixture, 0, 9)!.click();
    expect(emitted).toEqual([
      { key: 'adaptif', dir: 'asc' },
      { key: 'index', dir: 'desc' },
    ]);
  });
});
