import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LoginResponse } from '@pantau/domain';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

const LOGIN: LoginResponse = {
  accessToken: 'token-1',
  user: { id: 7, username: 'kalteng', displayName: 'Tim Kalteng', role: 'agency', agencyId: 62, batch: 'tengah' },
};

function setup() {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  return { auth: TestBed.inject(AuthService), http: TestBed.inject(HttpClient), backend: TestBed.inject(HttpTestingController) };
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
    backend.expectOne('/api/auth/me').flush({ statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });
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

  it('sends the user to sign in again when an API call answers 401', async () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, http, backend } = setup();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    http.get('/api/periods').subscribe({ error: () => undefined });
    backend.expectOne('/api/periods').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(auth.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/', reason: 'expired' } });
  });

  it('signs out on the server and locally', () => {
    localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
    const { auth, backend } = setup();
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    auth.logout();
    const req = backend.expectOne('/api/auth/logout');
    expect(req.request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(auth.isAuthenticated()).toBe(false);
  });
});
