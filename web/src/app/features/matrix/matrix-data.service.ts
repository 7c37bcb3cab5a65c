import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { AgencySummary, MatrixExportFormat, MatrixResponse, Page } from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { itemsOf, QueryParams } from '../../core/api/page';

/** Every agency on one screen: the grid virtualises, so one request is cheaper than paging. */
const MATRIX_PAGE_SIZE = 1000;

@Injectable({ providedIn: 'root' })
export class MatrixDataService {
  private readonly http = inject(HttpClient);

  matrix(periodId: number, params: QueryParams): Observable<MatrixResponse> {
    return this.http.get<MatrixResponse>(`/api/periods/${periodId}/matrix`, {
      params: { ...params, pageSize: MATRIX_PAGE_SIZE },
    });
  }

  provinces(): Observable<AgencySummary[]> {
    return this.http
      .get<Page<AgencySummary>>('/api/agencies', { params: { type: 'provinsi', pageSize: 100 } })
      .pipe(map((res) => itemsOf(res)));
  }

  exportFile(periodId: number, format: MatrixExportFormat, params: QueryParams): Observable<HttpEvent<Blob>> {
    return this.http.get(`/api/periods/${periodId}/matrix.${format}`, {
      params,
      responseType: 'blob',
      observe: 'events',
      reportProgress: true,
    });
  }
}
