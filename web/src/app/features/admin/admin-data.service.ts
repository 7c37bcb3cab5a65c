import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { JobsOverview, UserView } from '../../core/api/pending-types';

@Injectable({ providedIn: 'root' })
export class AdminDataService {
  private readonly http = inject(HttpClient);

  users(): Observable<UserView[]> {
    return this.http.get<UserView[]>('/api/users');
  }

  jobs(): Observable<JobsOverview> {
    return this.http.get<JobsOverview>('/api/admin/jobs');
  }
}
