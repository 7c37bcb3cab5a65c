import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { NotificationList, NotificationView } from '@pantau/domain';
import { Observable, tap } from 'rxjs';

const PAGE_SIZE = 20;

/** The signed-in user's notifications: one shared list for the bell and any page that shows them. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);

  private readonly state = signal<NotificationList | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly loadingState = signal(false);

  readonly items = computed<NotificationView[]>(() => this.state()?.items ?? []);
  readonly unread = computed(() => this.state()?.unread ?? 0);
  readonly loaded = computed(() => this.state() !== null);
  readonly error = this.failure.asReadonly();
  readonly loading = this.loadingState.asReadonly();

  refresh(): void {
    this.loadingState.set(true);
    this.http.get<NotificationList>('/api/notifications', { params: { pageSize: PAGE_SIZE } }).subscribe({
      next: (list) => {
        this.state.set(list);
        this.failure.set(null);
        this.loadingState.set(false);
      },
      error: (err: unknown) => {
        this.failure.set(err);
        this.loadingState.set(false);
      },
    });
  }

  markRead(id: number): Observable<NotificationView> {
    return this.http.post<NotificationView>(`/api/notifications/${id}/read`, {}).pipe(
      tap((read) =>
        this.state.update((s) =>
          s
            ? {
                ...s,
                items: s.items.map((n) => (n.id === id ? read : n)),
                unread: Math.max(0, s.unread - (s.items.find((n) => n.id === id)?.readAt ? 0 : 1)),
              }
            : s,
        ),
      ),
    );
  }

  markAllRead(): Observable<{ updated: number }> {
    const now = new Date().toISOString();
    return this.http
      .post<{ updated: number }>('/api/notifications/read-all', {})
      .pipe(
        tap(() =>
          this.state.update((s) =>
            s ? { ...s, unread: 0, items: s.items.map((n) => (n.readAt ? n : { ...n, readAt: now })) } : s,
          ),
        ),
      );
  }

  /** Forgets the list when the user signs out, so the next user never sees it. */
  clear(): void {
    this.state.set(null);
    this.failure.set(null);
  }
}
