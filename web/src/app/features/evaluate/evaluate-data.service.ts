import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Page } from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { itemsOf } from '../../core/api/page';
import { AssignmentView } from '../../core/api/pending-types';

@Injectable({ providedIn: 'root' })
export class EvaluateDataService {
  private readonly http = inject(HttpClient);

  /** The signed-in evaluator's agencies for a period. Endpoint pending in the API. */
  assignments(periodId: number): Observable<AssignmentView[]> {
    return this.http
      .get<AssignmentView[] | Page<AssignmentView>>('/api/evaluator/assignments', { params: { periodId } })
      .pipe(map((res) => itemsOf(res)));
  }
}
