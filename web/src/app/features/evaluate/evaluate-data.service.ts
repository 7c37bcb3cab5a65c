import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgencyDetail,
  AssignmentView,
  EvaluationDoneResult,
  ItemView,
  PublicationView,
  RateRequest,
  RatingResult,
} from '@pantau/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class EvaluateDataService {
  private readonly http = inject(HttpClient);

  /** The evaluator's agencies with rated/total items and the done mark. */
  assignments(periodId: number, evaluatorId: number): Observable<AssignmentView[]> {
    return this.http.get<AssignmentView[]>(`/api/periods/${periodId}/assignments`, { params: { evaluatorId } });
  }

  agency(agencyId: number): Observable<AgencyDetail> {
    return this.http.get<AgencyDetail>(`/api/agencies/${agencyId}`);
  }

  items(periodId: number, agencyId: number): Observable<ItemView[]> {
    return this.http.get<ItemView[]>(`/api/periods/${periodId}/agencies/${agencyId}/items`);
  }

  publications(itemId: number): Observable<PublicationView[]> {
    return this.http.get<PublicationView[]>(`/api/items/${itemId}/publications`);
  }

  /** Sends the version the evaluator saw; a 409 carries the rating that came first. */
  rate(itemId: number, body: RateRequest): Observable<RatingResult> {
    return this.http.post<RatingResult>(`/api/items/${itemId}/ratings`, body);
  }

  markDone(periodId: number, agencyId: number): Observable<EvaluationDoneResult> {
    return this.http.post<EvaluationDoneResult>(`/api/periods/${periodId}/agencies/${agencyId}/evaluation-done`, {});
  }
}
