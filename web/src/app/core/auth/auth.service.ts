import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { ChangePasswordRequest, LoginResponse, SessionUser } from '@pantau/domain';
import {
  catchError,
  defer,
  EMPTY,
  finalize,
  firstValueFrom,
  from,
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

/**
 * `request` while holding the browser-wide refresh lock. Tabs share the refresh cookie, and each refresh token
 * works once: two tabs renewing at the same moment would present the same token twice, which the server takes
 * for a stolen token and ends every session. Where Web Locks are missing, the request goes out directly.
 */
function oneTabAtATime<T>(request: () => Observable<T>): Observable<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return request();
  return defer(() => from(locks.request('pantau-refresh', () => firstValueFrom(request()))));
}

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
  private readonly endedState = signal(false);
  /** The server ended the session (expired, signed out elsewhere, password changed): sign-in says so. */
  readonly sessionEnded = this.endedState.asReadonly();

  login(username: string, password: string, remember: boolean): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/login', { username, password }).pipe(
      tap((res) => {
        writeSession({ accessToken: res.accessToken, user: res.user }, remember);
        this.tokenState.set(res.accessToken);
        this.userState.set(res.user);
        this.endedState.set(false);
      }),
      map((res) => res.user),
    );
  }

  /** Changes the user's own password; the server ends every other session and answers a fresh one for this tab. */
  changePassword(request: ChangePasswordRequest): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/password', request).pipe(
      tap((res) => this.adopt(res)),
      map((res) => res.user),
    );
  }

  /**
   * Trades the httpOnly refresh cookie for a new short-lived access token.
   * Requests that fail together share one refresh (each refresh token works only once).
   */
  refresh(): Observable<string> {
    this.refreshing ??= oneTabAtATime(() => this.http.post<LoginResponse>('/api/auth/refresh', {})).pipe(
      tap((res) => this.adopt(res)),
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
        if (isUnauthorized(refreshErr)) {
          this.forget();
          this.endedState.set(true);
        }
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
    this.endedState.set(true);
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

  /** A renewed session replaces the current one where it is kept (remembered or per tab). */
  private adopt(res: LoginResponse): void {
    updateSession({ accessToken: res.accessToken, user: res.user });
    this.tokenState.set(res.accessToken);
    this.userState.set(res.user);
  }

  private forget(): void {
    clearSession();
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
