import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { MatrixResponse, ratedCount } from '@pantau/domain';
import { forkJoin, map, Observable } from 'rxjs';
import { AssignmentView } from '../../core/api/pending-types';

export interface AssignmentProgress extends AssignmentView {
  rated: number;
  total: number;
}

@Injectable({ providedIn: 'root' })
export class EvaluateDataService {
  private readonly http = inject(HttpClient);

  /**
   * The evaluator's agencies with rated/total items. Progress is read from the matrix counts until the
   * API offers it per assignment.
   */
  assignments(periodId: number, evaluatorId: number): Observable<AssignmentProgress[]> {
    return forkJoin({
      assignments: this.http.get<AssignmentView[]>(`/api/periods/${periodId}/assignments`, { params: { evaluatorId } }),
      matrix: this.http.get<MatrixResponse>(`/api/periods/${periodId}/matrix`, { params: { pageSize: 1000 } }),
    }).pipe(
      map(({ assignments, matrix }) => {
        const rows = new Map(matrix.rows.map((r) => [r.agency.id, r]));
        return assignments.map((a) => {
          const cells = rows.get(a.agencyId)?.cells ?? [];
          const rated = cells.reduce((sum, c) => sum + ratedCount(c), 0);
          return { ...a, rated, total: rated + cells.reduce((sum, c) => sum + c.grey, 0) };
        });
      }),
    );
  }
}
