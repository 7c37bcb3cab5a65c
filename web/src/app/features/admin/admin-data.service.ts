import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgencySummary,
  AssignmentView,
  AssignRequest,
  Batch,
  CreatePeriodRequest,
  CreateUserRequest,
  ImportKind,
  ImportProgress,
  ImportResult,
  JobRunDetails,
  JobsOverview,
  Page,
  PeriodState,
  PeriodView,
  TransitionResult,
  UpdatePeriodRequest,
  UpdateUserRequest,
  UserView,
  WorkloadView,
} from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { compactParams } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class AdminDataService {
  private readonly http = inject(HttpClient);

  // Users
  users(): Observable<UserView[]> {
    return this.http.get<UserView[]>('/api/users');
  }

  createUser(body: CreateUserRequest): Observable<UserView> {
    return this.http.post<UserView>('/api/users', body);
  }

  updateUser(id: number, body: UpdateUserRequest): Observable<UserView> {
    return this.http.patch<UserView>(`/api/users/${id}`, body);
  }

  resetPassword(id: number, password: string): Observable<void> {
    return this.http.post<void>(`/api/users/${id}/password`, { password });
  }

  deleteUser(id: number): Observable<void> {
    return this.http.delete<void>(`/api/users/${id}`);
  }

  /** Every agency (about 632), for pickers and batch assignment. */
  agencies(batch?: Batch): Observable<AgencySummary[]> {
    return this.http
      .get<Page<AgencySummary>>('/api/agencies', { params: compactParams({ batch, pageSize: 1000 }) })
      .pipe(map((res) => res.items));
  }

  // Assignments
  assignments(periodId: number): Observable<AssignmentView[]> {
    return this.http.get<AssignmentView[]>(`/api/periods/${periodId}/assignments`);
  }

  workload(periodId: number): Observable<WorkloadView[]> {
    return this.http.get<WorkloadView[]>(`/api/periods/${periodId}/assignments/workload`);
  }

  assign(periodId: number, body: AssignRequest): Observable<{ assigned: number }> {
    return this.http.put<{ assigned: number }>(`/api/periods/${periodId}/assignments`, body);
  }

  unassign(periodId: number, agencyId: number): Observable<void> {
    return this.http.delete<void>(`/api/periods/${periodId}/assignments/${agencyId}`);
  }

  // Periods
  createPeriod(body: CreatePeriodRequest): Observable<PeriodView> {
    return this.http.post<PeriodView>('/api/periods', body);
  }

  updatePeriod(id: number, body: UpdatePeriodRequest): Observable<PeriodView> {
    return this.http.patch<PeriodView>(`/api/periods/${id}`, body);
  }

  transition(id: number, to: PeriodState): Observable<TransitionResult> {
    return this.http.post<TransitionResult>(`/api/periods/${id}/transition`, { to });
  }

  // Imports
  /** The server makes each import's id, bound to this user: reserve it, then upload under it. */
  reserveImport(kind: ImportKind, periodId: number | null): Observable<{ importId: string }> {
    const body = kind === 'agencies' || periodId === null ? { kind } : { kind, periodId };
    return this.http.post<{ importId: string }>('/api/imports/jobs', body);
  }

  /** Upload progress arrives as events; the server's own phases are read from `progress()`. */
  upload(
    kind: ImportKind,
    file: File,
    options: { importId: string; periodId: number | null; dryRun: boolean },
  ): Observable<HttpEvent<ImportResult>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportResult>(`/api/imports/${kind}`, body, {
      params: compactParams({
        importId: options.importId,
        periodId: kind === 'agencies' ? null : options.periodId,
        dryRun: options.dryRun ? 'true' : null,
      }),
      observe: 'events',
      reportProgress: true,
    });
  }

  importProgress(importId: string): Observable<ImportProgress> {
    return this.http.get<ImportProgress>(`/api/imports/${importId}/progress`);
  }

  // Jobs
  jobs(): Observable<JobsOverview> {
    return this.http.get<JobsOverview>('/api/admin/jobs');
  }

  runJob(name: string): Observable<JobRunDetails> {
    return this.http.post<JobRunDetails>(`/api/admin/jobs/${encodeURIComponent(name)}/run`, {});
  }
}
