import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { JobRunView, Page } from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { itemsOf } from '../../core/api/page';
import { UserView } from '../../core/api/pending-types';

@Injectable({ providedIn: 'root' })
export class AdminDataService {
  private readonly http = inject(HttpClient);

  /** Endpoint pending in the API. */
  users(): Observable<UserView[]> {
    return this.http.get<UserView[] | Page<UserView>>('/api/admin/users').pipe(map((res) => itemsOf(res)));
  }

  jobs(): Observable<JobRunView[]> {
    return this.http.get<JobRunView[] | Page<JobRunView>>('/api/admin/jobs').pipe(map((res) => itemsOf(res)));
  }
}
