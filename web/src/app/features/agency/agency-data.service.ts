import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ItemView, Page, TrendResponse } from '@pantau/domain';
import { map, Observable } from 'rxjs';
import { itemsOf } from '../../core/api/page';

@Injectable({ providedIn: 'root' })
export class AgencyDataService {
  private readonly http = inject(HttpClient);

  items(periodId: number, agencyId: number): Observable<ItemView[]> {
    return this.http
      .get<ItemView[] | Page<ItemView>>(`/api/periods/${periodId}/agencies/${agencyId}/items`)
      .pipe(map((res) => itemsOf(res)));
  }

  /** Also the source of the agency's name and type for the page header. */
  trend(agencyId: number): Observable<TrendResponse> {
    return this.http.get<TrendResponse>(`/api/agencies/${agencyId}/trend`);
  }
}
