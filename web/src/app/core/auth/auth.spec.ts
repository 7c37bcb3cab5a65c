import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, Router, RouterStateSnapshot } from '@angular/router';
import { LoginResponse } from '@pantau/domain';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { authGuard } from './guards';

const LOGIN: LoginResponse = {
  accessToken: 'token-1',
  user: { id: 7, username: 'kalteng', displayName: 'Tim Kalteng', role: 'agency', agencyId: 62, batch: 'tengah' },
};

function setup() {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  return {
    auth: TestBed.inject(AuthService),
    http: TestBed.inject(HttpClient),
    backend: TestBed.inject(HttpTestingController),
  };
}

describe('AuthService and the auth interceptor', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('signs in, keeps the session for the next visit and sends the token', () => {
    const { auth, http, backend } = setup();
    auth.login('kalteng', 'secret', true).subscribe();
    const login = backend.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ username: 'kalteng', password: 'secret' });
    expect(login.request.headers.has('Authorization')).toBe(false);
    login.flush(LOGIN);

    expect(auth.user()?.username).toBe('kalteng');
    expect(JSON.parse(localStorage.getItem('pantau.session')!).accessToken).toBe('token-1');

    http.get('/api/periods').subscribe();
    expect(backend.expectOne('/api/periods').request.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('keeps the session only for the tab when the user does not want to be remembered', () => {
    const { auth, backend } = setup();
    auth.login('kalteng', 'secret', false).subscribe();
    backend.expectOne('/api/auth/login').flush(LOGIN);
    expect(localStorage.getItem('pantau.session')).toBeNull();
    expect(sessionStorage.getItem('pantau.session')).not.toBeNull();
  });

  it('restores a stored session and drops it when the server no longer accepts it', async () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    expect(auth.isAuthenticated()).toBe(true);
    const validated = auth.validate();
    const unauthorized = { status: 401, statusText: 'Unauthorized' };
    backend.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Unauthorized', error: 'x' }, unauthorized);
    await Promise.resolve();
    backend
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 401, message: 'Session ended', error: 'x' }, unauthorized);
    await validated;
    expect(auth.isAuthenticated()).toBe(false);
    expect(localStorage.getItem('pantau.session')).toBeNull();
  });

  it('keeps a stored session when the server cannot be reached at start', async () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    const validated = auth.validate();
    backend.expectOne('/api/auth/me').error(new ProgressEvent('error'));
    await validated;
    expect(auth.isAuthenticated()).toBe(true);
  });

  it('renews an expired access token once and repeats the request', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, http, backend } = setup();
    const results: unknown[] = [];
    http.get('/api/periods').subscribe((r) => results.push(r));
    http.get('/api/agencies').subscribe((r) => results.push(r));
    backend.expectOne('/api/periods').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/agencies').flush(null, { status: 401, statusText: 'Unauthorized' });

    backend.expectOne('/api/auth/refresh').flush({ ...LOGIN, accessToken: 'token-2' });
    const retried = [backend.expectOne('/api/periods'), backend.expectOne('/api/agencies')];
    for (const req of retried) expect(req.request.headers.get('Authorization')).toBe('Bearer token-2');
    retried.forEach((req) => req.flush([]));

    expect(results).toEqual([[], []]);
    expect(auth.token()).toBe('token-2');
    expect(JSON.parse(localStorage.getItem('pantau.session')!).accessToken).toBe('token-2');
  });

  it('sends the user to sign in again when the session can no longer be renewed', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, http, backend } = setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    http.get('/api/periods').subscribe({ error: () => undefined });
    backend.expectOne('/api/periods').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/', reason: 'expired' } });
  });

  it('sends a revoked session to sign in once, with a message, without renewing in a loop', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, http, backend } = setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const failures: unknown[] = [];
    for (const url of ['/api/periods', '/api/agencies', '/api/notifications']) {
      http.get(url).subscribe({ error: (e: unknown) => failures.push(e) });
    }
    const ended = { statusCode: 401, message: 'Your session has ended; please sign in again', code: 'session-ended' };
    const unauthorized = { status: 401, statusText: 'Unauthorized' };
    backend.expectOne('/api/periods').flush(ended, unauthorized);
    backend.expectOne('/api/agencies').flush(ended, unauthorized);
    backend.expectOne('/api/auth/refresh').flush(ended, unauthorized);
    // A request answered after the session was given up does not start another renewal.
    backend.expectOne('/api/notifications').flush(ended, unauthorized);
    backend.verify();

    expect(failures).toHaveLength(3);
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.sessionEnded()).toBe(true);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/', reason: 'expired' } });
  });

  it('explains on the sign-in page a session found ended at start', async () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    const validated = auth.validate();
    backend.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });
    await validated;
    const redirect = TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, { url: '/matrix' } as RouterStateSnapshot),
    );
    expect(String(redirect)).toBe('/login?returnUrl=%2Fmatrix&reason=expired');
  });

  it('takes the fresh session the server answers after a password change', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    auth.changePassword({ currentPassword: 'lama-sekali', newPassword: 'baru-sekali-1' }).subscribe();
    const req = backend.expectOne('/api/auth/password');
    expect(req.request.body).toEqual({ currentPassword: 'lama-sekali', newPassword: 'baru-sekali-1' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    req.flush({ ...LOGIN, accessToken: 'token-5' });
    expect(auth.token()).toBe('token-5');
    expect(JSON.parse(localStorage.getItem('pantau.session')!).accessToken).toBe('token-5');
  });

  it('renews the session at start when the stored access token has expired', async () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    const validated = auth.validate();
    backend.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush({ ...LOGIN, accessToken: 'token-3' });
    await validated;
    expect(auth.token()).toBe('token-3');
  });

  it('signs out on the server and locally', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    auth.logout();
    expect(auth.isAuthenticated()).toBe(false);
    const req = backend.expectOne('/api/auth/logout');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('renews an expired token to end the session on the server too', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    auth.logout();
    backend.expectOne('/api/auth/logout').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush({ ...LOGIN, accessToken: 'token-4' });
    expect(backend.expectOne('/api/auth/logout').request.headers.get('Authorization')).toBe('Bearer token-4');
    expect(auth.isAuthenticated()).toBe(false);
  });
});
