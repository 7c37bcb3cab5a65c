import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionUser } from '@pantau/domain';
import { Observable, of, throwError } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import LoginPage from './login.page';

const USER: SessionUser = {
  id: 1,
  username: 'pimpinan',
  displayName: 'Pimpinan',
  role: 'leadership',
  agencyId: null,
  batch: null,
};

async function setup(result: () => Observable<SessionUser>, url = '/login') {
  const login = jest.fn(result);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([{ path: 'login', component: LoginPage }]),
      { provide: AuthService, useValue: { login } },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const router = TestBed.inject(Router);
  const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  const el = harness.routeNativeElement as HTMLElement;
  return { harness, login, navigate, el };
}

async function fillAndSubmit(
  harness: RouterTestingHarness,
  el: HTMLElement,
  username = 'pimpinan',
  password = 'rahasia',
) {
  const set = (selector: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  set('#login-username', username);
  set('#login-password', password);
  el.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await harness.fixture.whenStable();
}

const apiError = (status: number, message: string) =>
  new HttpErrorResponse({ status, error: { statusCode: status, message, error: 'x' } });

describe('LoginPage', () => {
  beforeEach(() => localStorage.clear());

  it("goes to the user's start page after signing in", async () => {
    const { harness, login, navigate, el } = await setup(() => of(USER));
    await fillAndSubmit(harness, el);
    expect(login).toHaveBeenCalledWith('pimpinan', 'rahasia', true);
    expect(navigate).toHaveBeenCalledWith('/overview', { replaceUrl: true });
  });

  it('returns to the page the user came from, but never to another site', async () => {
    const first = await setup(() => of(USER), '/login?returnUrl=%2Fmatrix%3Fbatch%3Dtimur');
    await fillAndSubmit(first.harness, first.el);
    expect(first.navigate).toHaveBeenCalledWith('/matrix?batch=timur', { replaceUrl: true });

    TestBed.resetTestingModule();
    const second = await setup(() => of(USER), '/login?returnUrl=%2F%2Fevil.example');
    await fillAndSubmit(second.harness, second.el);
    expect(second.navigate).toHaveBeenCalledWith('/overview', { replaceUrl: true });
  });

  it('asks for missing fields without calling the server', async () => {
    const { harness, login, el } = await setup(() => of(USER));
    await fillAndSubmit(harness, el, '', '');
    expect(login).not.toHaveBeenCalled();
    expect(el.querySelector('#login-username-error')?.textContent).toContain('Isi nama pengguna');
    expect(el.querySelector('#login-username')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('says the username or password is wrong on 401', async () => {
    const { harness, el } = await setup(() => throwError(() => apiError(401, 'Unauthorized')));
    await fillAndSubmit(harness, el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Nama pengguna atau kata sandi salah');
    expect((el.querySelector('#login-password') as HTMLInputElement).value).toBe('');
  });

  it('says there were too many attempts when the server gives no code it knows, never its English', async () => {
    const message = 'Too many requests from a proxy in between';
    const { harness, el } = await setup(() => throwError(() => apiError(429, message)));
    await fillAndSubmit(harness, el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Terlalu banyak percobaan');
    expect(el.querySelector('[role="alert"]')?.textContent).not.toContain(message);
  });

  it('says how long to wait after too many failed attempts, without saying whether the account exists', async () => {
    const delayed = (seconds: number) =>
      new HttpErrorResponse({
        status: 429,
        error: {
          statusCode: 429,
          message: `Too many failed sign-in attempts: wait ${seconds} seconds, then try again`,
          error: 'Too Many Requests',
          code: 'sign-in-delayed',
          params: { seconds },
        },
      });
    const first = await setup(() => throwError(() => delayed(30)));
    await fillAndSubmit(first.harness, first.el);
    expect(first.el.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Terlalu banyak percobaan yang gagal. Tunggu 30 detik, lalu coba lagi.',
    );

    TestBed.resetTestingModule();
    const second = await setup(() => throwError(() => delayed(840)));
    await fillAndSubmit(second.harness, second.el);
    expect(second.el.querySelector('[role="alert"]')?.textContent).toContain('Tunggu 14 menit');
  });

  it('translates the limit on attempts from one network', async () => {
    const limited = new HttpErrorResponse({
      status: 429,
      error: {
        statusCode: 429,
        message: 'Too many sign-in attempts from here; wait a minute and try again',
        error: 'Too Many Requests',
        code: 'sign-in-rate-limited',
        params: { seconds: 60 },
      },
    });
    const { harness, el } = await setup(() => throwError(() => limited));
    await fillAndSubmit(harness, el);
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Terlalu banyak percobaan masuk dari jaringan ini. Tunggu 60 detik, lalu coba lagi.',
    );
  });

  it('explains a network failure', async () => {
    const { harness, el } = await setup(() => throwError(() => new HttpErrorResponse({ status: 0 })));
    await fillAndSubmit(harness, el);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Tidak dapat terhubung ke server');
  });
});
