import { convertToParamMap } from '@angular/router';
import { NO_FILTERS, parseMatrixQuery, toApiParams, toUrlParams } from './matrix-query';

describe('matrix query', () => {
  it('reads filters and sort from the URL', () => {
    const q = parseMatrixQuery(
      convertToParamMap({
        period: '3',
        batch: 'timur',
        type: 'provinsi',
        province: '12',
        q: ' kal ',
        sort: 'adaptif',
        dir: 'asc',
      }),
    );
    expect(q).toEqual({
      period: 3,
      batch: 'timur',
      type: 'provinsi',
      province: 12,
      q: 'kal',
      sort: { key: 'adaptif', dir: 'asc' },
    });
  });

  it('ignores values it does not know', () => {
    const q = parseMatrixQuery(
      convertToParamMap({ period: 'x', batch: 'utara', type: 'desa', province: '-1', sort: 'drop table' }),
    );
    expect(q).toEqual({ period: null, ...NO_FILTERS, sort: { key: 'name', dir: 'asc' } });
  });

  it('gives a sort key without a direction its natural direction', () => {
    expect(parseMatrixQuery(convertToParamMap({ sort: 'index' })).sort).toEqual({ key: 'index', dir: 'desc' });
  });

  it('removes defaults and empty values from the URL', () => {
    expect(toUrlParams({ batch: null, q: '  ', sort: { key: 'name', dir: 'asc' } })).toEqual({
      batch: null,
      q: null,
      sort: null,
      dir: null,
    });
    expect(toUrlParams({ batch: 'timur', sort: { key: 'index', dir: 'desc' } })).toEqual({
      batch: 'timur',
      sort: 'index',
      dir: 'desc',
    });
  });

  it('sends only the set filters to the API, with the sort as key or -key', () => {
    expect(toApiParams({ ...NO_FILTERS, batch: 'timur' })).toEqual({ batch: 'timur' });
    expect(toApiParams({ ...NO_FILTERS, province: 12, q: 'kal' }, { key: 'index', dir: 'desc' })).toEqual({
      province: 'id:12',
      q: 'kal',
      sort: '-index',
    });
    expect(toApiParams(NO_FILTERS, { key: 'adaptif', dir: 'asc' })).toEqual({ sort: 'adaptif' });
  });
});
