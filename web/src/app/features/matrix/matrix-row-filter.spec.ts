import { convertToParamMap } from '@angular/router';
import { PILLAR_CODES } from '@pantau/domain';
import { makeAgency, makeCell, makeRow } from '../../../testing/fixtures';
import { filterRows, NO_ROW_FILTER, parseRowFilter, rowFilterUrlParams } from './matrix-row-filter';

const [first, second] = PILLAR_CODES;

/** An agency with `index`, holding one red item in the first pillar when `red`, one grey item in the second. */
function agency(id: number, index: number | null, red: boolean) {
  const row = makeRow(makeAgency(id), index);
  row.cells = PILLAR_CODES.map((p) =>
    makeCell(p, index, { red: red && p === first ? 1 : 0, grey: p === second ? 1 : 0 }),
  );
  return row;
}

const ROWS = [agency(1, 40, true), agency(2, 70, false), agency(3, 100, false), agency(4, null, true)];
const ids = (rows: ReturnType<typeof filterRows>) => rows.map((r) => r.agency.id);

describe('matrix row filter', () => {
  it('reads colour, pillar and index band from the URL and ignores values it does not know', () => {
    expect(parseRowFilter(convertToParamMap({ color: 'red', pillar: first!, min: '60', max: '70' }))).toEqual({
      color: 'red',
      pillar: first,
      min: 60,
      max: 70,
    });
    expect(parseRowFilter(convertToParamMap({ color: 'blue', pillar: 'x', min: '-1', max: 'abc' }))).toEqual(
      NO_ROW_FILTER,
    );
  });

  it('keeps the agencies holding items of the colour, in one pillar when given', () => {
    expect(ids(filterRows(ROWS, { ...NO_ROW_FILTER, color: 'red' }))).toEqual([1, 4]);
    expect(ids(filterRows(ROWS, { ...NO_ROW_FILTER, color: 'red', pillar: second! }))).toEqual([]);
    expect(ids(filterRows(ROWS, { ...NO_ROW_FILTER, color: 'grey', pillar: second! }))).toEqual([1, 2, 3, 4]);
  });

  it('keeps the agencies whose index lies in the band, 100 in the last one, unrated in none', () => {
    expect(ids(filterRows(ROWS, { ...NO_ROW_FILTER, min: 40, max: 70 }))).toEqual([1]);
    expect(ids(filterRows(ROWS, { ...NO_ROW_FILTER, min: 90, max: 100 }))).toEqual([3]);
    expect(ids(filterRows(ROWS, NO_ROW_FILTER))).toEqual([1, 2, 3, 4]);
  });

  it('writes only the filters changed, clearing the ones set to nothing', () => {
    expect(rowFilterUrlParams({ color: 'green' })).toEqual({ color: 'green' });
    expect(rowFilterUrlParams({ ...NO_ROW_FILTER })).toEqual({ color: null, pillar: null, min: null, max: null });
  });
});
