import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgencyDetail,
  CreateItemRequest,
  CreatePublicationRequest,
  ItemExportFormat,
  ItemView,
  PublicationView,
  RatingView,
  TrendResponse,
  UpdateItemRequest,
} from '@pantau/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AgencyDataService {
  private readonly http = inject(HttpClient);

  agency(agencyId: number): Observable<AgencyDetail> {
    return this.http.get<AgencyDetail>(`/api/agencies/${agencyId}`);
  }

  items(periodId: number, agencyId: number): Observable<ItemView[]> {
    return this.http.get<ItemView[]>(`/api/periods/${periodId}/agencies/${agencyId}/items`);
  }

  item(itemId: number): Observable<ItemView> {
    return this.http.get<ItemView>(`/api/items/${itemId}`);
  }

  trend(agencyId: number): Observable<TrendResponse> {
    return this.http.get<TrendResponse>(`/api/agencies/${agencyId}/trend`);
  }

  /** Newest first; empty for agency teams until results are published. */
  ratings(itemId: number): Observable<RatingView[]> {
    return this.http.get<RatingView[]>(`/api/items/${itemId}/ratings`);
  }

  publications(itemId: number): Observable<PublicationView[]> {
    return this.http.get<PublicationView[]>(`/api/items/${itemId}/publications`);
  }

  logPublication(itemId: number, body: CreatePublicationRequest): Observable<PublicationView> {
    return this.http.post<PublicationView>(`/api/items/${itemId}/publications`, body);
  }

  createItem(periodId: number, agencyId: number, body: CreateItemRequest): Observable<ItemView> {
    return this.http.post<ItemView>(`/api/periods/${periodId}/agencies/${agencyId}/items`, body);
  }

  updateItem(itemId: number, body: UpdateItemRequest): Observable<ItemView> {
    return this.http.patch<ItemView>(`/api/items/${itemId}`, body);
  }

  deleteItem(itemId: number): Observable<void> {
    return this.http.delete<void>(`/api/items/${itemId}`);
  }

  exportItems(periodId: number, agencyId: number, format: ItemExportFormat): Observable<HttpResponse<Blob>> {
    return this.http.get(`/api/periods/${periodId}/agencies/${agencyId}/items.${format}`, {
      responseType: 'blob',
      observe: 'response',
    });
  }
}
