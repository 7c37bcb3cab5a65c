import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { PeriodView } from '@pantau/domain';
import { Observable, shareReplay } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class PeriodsService {
  private readonly http = inject(HttpClient);
  // Periods change rarely within a visit; pages share one request.
  private cached: Observable<PeriodView[]> | null = null;

  list(): Observable<PeriodView[]> {
    this.cached ??= this.http.get<PeriodView[]>('/api/periods').pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.cached;
  }

  refresh(): Observable<PeriodView[]> {
    this.cached = null;
    return this.list();
  }
}
