import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { FollowUpView, Page } from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { itemsOf } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class FollowUpsDataService {
  private readonly http = inject(HttpClient);

  /** The server limits an agency team to its own follow-ups. */
  list(periodId: number): Observable<FollowUpView[]> {
    return this.http
      .get<FollowUpView[] | Page<FollowUpView>>('/api/follow-ups', { params: { periodId } })
      .pipe(map((res) => itemsOf(res)));
  }
}
