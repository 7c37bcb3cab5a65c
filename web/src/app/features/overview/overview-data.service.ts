import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Batch, PeriodView, SummaryResponse } from '@pantau/domain';
import { catchError, forkJoin, map, Observable, of } from 'rxjs';
import { compactParams } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class OverviewDataService {
  private readonly http = inject(HttpClient);

  summary(periodId: number, batch: Batch | null): Observable<SummaryResponse> {
    return this.http.get<SummaryResponse>(`/api/periods/${periodId}/summary`, { params: compactParams({ batch }) });
  }

  /** One summary per period; a period that fails to load is left out rather than failing the chart. */
  trend(periods: readonly PeriodView[], batch: Batch | null): Observable<SummaryResponse[]> {
    if (periods.length === 0) return of([]);
    return forkJoin(periods.map((p) => this.summary(p.id, batch).pipe(catchError(() => of(null))))).pipe(
      map((list) => list.filter((s): s is SummaryResponse => s !== null)),
    );
  }
}
