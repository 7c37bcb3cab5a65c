import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { LoginResponse, SessionUser } from '@pantau/domain';
import {
  catchError,
  EMPTY,
  finalize,
  firstValueFrom,
  map,
  Observable,
  shareReplay,
  switchMap,
  tap,
  timeout,
} from 'rxjs';
import { clearSession, readSession, updateSession, writeSession } from './session-storage';

/** Start-up waits at most this long for the server to confirm a stored session. */
const VALIDATE_TIMEOUT_MS = 5000;

const isUnauthorized = (err: unknown) => err instanceof HttpErrorResponse && err.status === 401;

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly stored = readSession();

  private readonly tokenState = signal<string | null>(this.stored?.accessToken ?? null);
  private readonly userState = signal<SessionUser | null>(this.stored?.user ?? null);
  private refreshing: Observable<string> | null = null;

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  readonly role = computed(() => this.userState()?.role ?? null);
  readonly isAuthenticated = computed(() => this.tokenState() !== null && this.userState() !== null);

  login(username: string, password: string, remember: boolean): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/login', { username, password }).pipe(
      tap((res) => {
        writeSession({ accessToken: res.accessToken, user: res.user }, remember);
        this.tokenState.set(res.accessToken);
        this.userState.set(res.user);
      }),
      map((res) => res.user),
    );
  }

  /**
   * Trades the httpOnly refresh cookie for a new short-lived access token.
   * Requests that fail together share one refresh (each refresh token works only once).
   */
  refresh(): Observable<string> {
    this.refreshing ??= this.http.post<LoginResponse>('/api/auth/refresh', {}).pipe(
      tap((res) => {
        updateSession({ accessToken: res.accessToken, user: res.user });
        this.tokenState.set(res.accessToken);
        this.userState.set(res.user);
      }),
      map((res) => res.accessToken),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /** Checks a stored session at start; an expired token is refreshed, a network failure keeps the session. */
  async validate(): Promise<void> {
    if (!this.tokenState()) return;
    try {
      const user = await firstValueFrom(this.http.get<SessionUser>('/api/auth/me').pipe(timeout(VALIDATE_TIMEOUT_MS)));
      this.userState.set(user);
      updateSession({ user });
    } catch (err) {
      if (!isUnauthorized(err)) return;
      try {
        await firstValueFrom(this.refresh().pipe(timeout(VALIDATE_TIMEOUT_MS)));
      } catch (refreshErr) {
        if (isUnauthorized(refreshErr)) this.forget();
      }
    }
  }

  logout(): void {
    const token = this.tokenState();
    this.forget();
    void this.router.navigate(['/login']);
    if (token) this.endServerSession(token);
  }

  /** Called when the server says the session can no longer be renewed. */
  expire(returnUrl: string): void {
    if (!this.tokenState()) return;
    this.forget();
    const queryParams = returnUrl.startsWith('/login') ? { reason: 'expired' } : { returnUrl, reason: 'expired' };
    void this.router.navigate(['/login'], { queryParams });
  }

  /** Fire and forget: the local session is already gone; this ends the refresh token on the server too. */
  private endServerSession(token: string): void {
    const logout = (accessToken: string) =>
      this.http.post('/api/auth/logout', {}, { headers: new HttpHeaders({ Authorization: `Bearer ${accessToken}` }) });
    logout(token)
      .pipe(
        catchError((err: unknown) =>
          isUnauthorized(err)
            ? this.http.post<LoginResponse>('/api/auth/refresh', {}).pipe(switchMap((res) => logout(res.accessToken)))
            : EMPTY,
        ),
      )
      .subscribe({ error: () => undefined });
  }

  private forget(): void {
    clearSession();
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
