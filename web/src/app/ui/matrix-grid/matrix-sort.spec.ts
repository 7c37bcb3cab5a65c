import { makeAgency, makeRow } from '../../../testing/fixtures';
import { sortRows } from './matrix-sort';

const rows = [
  makeRow(makeAgency(1, { name: 'Kota Bandung' }), 70),
  makeRow(makeAgency(2, { name: 'Aceh' }), null),
  makeRow(makeAgency(3, { name: 'Bali' }), 90),
  makeRow(makeAgency(4, { name: 'Jambi' }), 70),
];
const names = (list: ReturnType<typeof sortRows>) => list.map((r) => r.agency.name);

describe('sortRows', () => {
  it("sorts by name in the locale's order", () => {
    expect(names(sortRows(rows, { key: 'name', dir: 'asc' }, 'id'))).toEqual(['Aceh', 'Bali', 'Jambi', 'Kota Bandung']);
    expect(names(sortRows(rows, { key: 'name', dir: 'desc' }, 'id'))).toEqual([
      'Kota Bandung',
      'Jambi',
      'Bali',
      'Aceh',
    ]);
  });

  it('sorts by index with unrated agencies last in both directions and ties by name', () => {
    expect(names(sortRows(rows, { key: 'index', dir: 'desc' }, 'id'))).toEqual([
      'Bali',
      'Jambi',
      'Kota Bandung',
      'Aceh',
    ]);
    expect(names(sortRows(rows, { key: 'index', dir: 'asc' }, 'id'))).toEqual([
      'Jambi',
      'Kota Bandung',
      'Bali',
      'Aceh',
    ]);
  });

  it('sorts by one pillar', () => {
    const mixed = rows.map((r, i) => ({
      ...r,
      cells: r.cells.map((c) => (c.pillar === 'loyal' ? { ...c, score: [10, 20, 5, null][i] ?? null } : c)),
    }));
    expect(names(sortRows(mixed, { key: 'loyal', dir: 'asc' }, 'id'))).toEqual([
      'Bali',
      'Kota Bandung',
      'Aceh',
      'Jambi',
    ]);
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'index', dir: 'desc' }, 'id');
    expect(rows).toEqual(copy);
  });
});
