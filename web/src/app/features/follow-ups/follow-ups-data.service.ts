import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgencySummary,
  AssignmentView,
  FollowUpDecisionRequest,
  FollowUpHistoryEntry,
  FollowUpListParams,
  FollowUpPage,
  FollowUpResponseRequest,
  FollowUpView,
  Page,
  PublicationView,
} from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { compactParams } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class FollowUpsDataService {
  private readonly http = inject(HttpClient);

  /** One page, filtered, sorted and counted by the server, within what the user may see. */
  list(params: FollowUpListParams): Observable<FollowUpPage> {
    return this.http.get<FollowUpPage>('/api/follow-ups', { params: compactParams({ ...params }) });
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

  history(id: number): Observable<FollowUpHistoryEntry[]> {
    return this.http.get<FollowUpHistoryEntry[]>(`/api/follow-ups/${id}/history`);
  }

  remind(id: number): Observable<FollowUpHistoryEntry[]> {
    return this.http.post<FollowUpHistoryEntry[]>(`/api/follow-ups/${id}/reminders`, {});
  }

  note(id: number, text: string): Observable<FollowUpHistoryEntry[]> {
    return this.http.post<FollowUpHistoryEntry[]>(`/api/follow-ups/${id}/notes`, { text });
  }

  publications(itemId: number): Observable<PublicationView[]> {
    return this.http.get<PublicationView[]>(`/api/items/${itemId}/publications`);
  }

  /** The provinces the user may see (a coordinator: its own), for the province filter. */
  provinces(): Observable<AgencySummary[]> {
    return this.http
      .get<Page<AgencySummary>>('/api/agencies', { params: { type: 'provinsi', pageSize: 100 } })
      .pipe(map((page) => page.items));
  }

  /** An evaluator's own agencies in a period: decisions are theirs to make. */
  assignments(periodId: number, evaluatorId: number): Observable<AssignmentView[]> {
    return this.http.get<AssignmentView[]>(`/api/periods/${periodId}/assignments`, { params: { evaluatorId } });
  }
}
