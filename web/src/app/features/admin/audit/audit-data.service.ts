import { HttpClient, HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEventView, AuditExportFormat, Page } from '@pantau/domain';
import { Observable } from 'rxjs';
import { QueryParams } from '../../../core/api/page';

@Injectable({ providedIn: 'root' })
export class AuditDataService {
  private readonly http = inject(HttpClient);

  list(params: QueryParams): Observable<Page<AuditEventView>> {
    return this.http.get<Page<AuditEventView>>('/api/audit', { params });
  }

  actions(): Observable<string[]> {
    return this.http.get<string[]>('/api/audit/actions');
  }

  exportFile(format: AuditExportFormat, params: QueryParams): Observable<HttpEvent<Blob>> {
    return this.http.get(`/api/audit.${format}`, {
      params,
      responseType: 'blob',
      observe: 'events',
      reportProgress: true,
    });
  }
}
