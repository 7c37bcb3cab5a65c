import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { LoginResponse, SessionUser } from '@pantau/domain';
import { firstValueFrom, map, Observable, tap } from 'rxjs';
import { clearSession, readSession, updateSessionUser, writeSession } from './session-storage';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly stored = readSession();

  private readonly tokenState = signal<string | null>(this.stored?.accessToken ?? null);
  private readonly userState = signal<SessionUser | null>(this.stored?.user ?? null);

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

  /** Checks a stored session with the server at start; a network failure keeps the session. */
  async validate(): Promise<void> {
    if (!this.tokenState()) return;
    try {
      const user = await firstValueFrom(this.http.get<SessionUser>('/api/auth/me'));
      this.userState.set(user);
      updateSessionUser(user);
    } catch (err) {
      if (err instanceof HttpErrorResponse && (err.status === 401 || err.status === 403)) this.forget();
    }
  }

  logout(): void {
    if (this.tokenState()) {
      // Fire and forget: the local session ends even if the server cannot be reached.
      this.http.post('/api/auth/logout', {}).subscribe({ error: () => undefined });
    }
    this.forget();
    void this.router.navigate(['/login']);
  }

  /** Called when the server says the token is no longer valid. */
  expire(returnUrl: string): void {
    if (!this.tokenState()) return;
    this.forget();
    const queryParams = returnUrl.startsWith('/login') ? { reason: 'expired' } : { returnUrl, reason: 'expired' };
    void this.router.navigate(['/login'], { queryParams });
  }

  private forget(): void {
    clearSession();
    this.tokenState.set(null);
    this.userState.set(null);
  }
}
