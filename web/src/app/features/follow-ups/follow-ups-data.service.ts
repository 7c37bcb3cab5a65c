import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AssignmentView,
  FollowUpDecisionRequest,
  FollowUpResponseRequest,
  FollowUpState,
  FollowUpView,
  Page,
  PublicationView,
} from '@pantau/domain';
import { Observable } from 'rxjs';
import { compactParams } from '../../core/api/page';

export interface FollowUpQuery {
  periodId: number;
  state: FollowUpState | null;
  overdue: boolean;
  page: number;
  pageSize: number;
}

@Injectable({ providedIn: 'root' })
export class FollowUpsDataService {
  private readonly http = inject(HttpClient);

  /** The server limits each user to the follow-ups they may see (an agency team: its own). */
  list(q: FollowUpQuery): Observable<Page<FollowUpView>> {
    return this.http.get<Page<FollowUpView>>('/api/follow-ups', {
      params: compactParams({
        periodId: q.periodId,
        state: q.state,
        overdue: q.overdue ? 'true' : null,
        page: q.page,
        pageSize: q.pageSize,
      }),
    });
  }

  get(id: number): Observable<FollowUpView> {
    return this.http.get<FollowUpView>(`/api/follow-ups/${id}`);
  }

  respond(id: number, body: FollowUpResponseRequest): Observable<FollowUpView> {
    return this.http.post<FollowUpView>(`/api/follow-ups/${id}/response`, body);
  }

  decide(id: number, body: FollowUpDecisionRequest): Observable<FollowUpView> {
    return this.http.post<FollowUpView>(`/api/follow-ups/${id}/decision`, body);
  }

  publications(itemId: number): Observable<PublicationView[]> {
    return this.http.get<PublicationView[]>(`/api/items/${itemId}/publications`);
  }

  /** An evaluator's own agencies in a period, to show their follow-ups first. */
  assignments(periodId: number, evaluatorId: number): Observable<AssignmentView[]> {
    return this.http.get<AssignmentView[]>(`/api/periods/${periodId}/assignments`, { params: { evaluatorId } });
  }
}
