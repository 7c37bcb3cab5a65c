import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Batch, FollowUpSummary } from '@pantau/domain';
import { Observable } from 'rxjs';
import { compactParams } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class FollowUpWindowDataService {
  private readonly http = inject(HttpClient);

  summary(periodId: number, batch: Batch | null): Observable<FollowUpSummary> {
    return this.http.get<FollowUpSummary>('/api/follow-ups/summary', { params: compactParams({ periodId, batch }) });
  }
}
