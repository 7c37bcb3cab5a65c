import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LoginResponse } from '@pantau/domain';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { UserMenu } from './user-menu';

const LOGIN: LoginResponse = {
  accessToken: 'token-1',
  user: {
    id: 3,
    username: 'evaluator',
    displayName: 'Evaluator Tengah',
    role: 'evaluator',
    agencyId: null,
    batch: null,
  },
};

async function setup() {
  localStorage.setItem('pantau.session', JSON.stringify(LOGIN));
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(UserMenu);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const backend = TestBed.inject(HttpTestingController);
  const button = (text: string) =>
    [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;
  const type = (selector: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>(selector)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const fill = (current: string, next: string, repeat = next) => {
    type('#password-current', current);
    type('#password-new', next);
    type('#password-repeat', repeat);
  };
  const submit = async () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  };
  const errorOf = (id: string) => el.querySelector(`#${id}-error`)?.textContent?.trim();
  /** The form applies the server's answer a few promise turns after the response. */
  const settle = async () => {
    for (let i = 0; i < 3; i++) await fixture.whenStable();
  };

  el.querySelector<HTMLButtonElement>('.user-button')!.click();
  await fixture.whenStable();
  button('Ganti kata sandi').click();
  // The dialog's code is loaded on first use (@defer).
  await settle();
  return { fixture, el, backend, fill, submit, errorOf, settle };
}

describe('changing my password from the user menu', () => {
  beforeEach(() => localStorage.clear());

  it('opens a form with the current password, the new one and its repeat', async () => {
    const { el } = await setup();
    expect(el.querySelector('dialog')?.hasAttribute('open')).toBe(true);
    expect(el.querySelector('.dialog__title')?.textContent).toBe('Ganti kata sandi');
    const labels = [...el.querySelectorAll('dialog label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Kata sandi saat ini', 'Kata sandi baru', 'Ulangi kata sandi baru']);
    expect(el.querySelector('#password-current')?.getAttribute('autocomplete')).toBe('current-password');
  });

  it('checks the same rules as the server before sending anything', async () => {
    const { el, backend, fill, submit, errorOf } = await setup();
    await submit();
    expect(errorOf('password-current')).toBe('Isi kata sandi saat ini.');
    expect(errorOf('password-new')).toBe('Kata sandi baru minimal 10 karakter.');
    expect(el.querySelector('#password-current')?.getAttribute('aria-invalid')).toBe('true');

    fill('rahasia-lama-1', 'rahasia-baru-1', 'rahasia-baru-2');
    await submit();
    expect(errorOf('password-repeat')).toBe('Kedua kata sandi baru tidak sama.');

    fill('rahasia-lama-1', 'rahasia-lama-1');
    await submit();
    expect(errorOf('password-new')).toBe('Kata sandi baru harus berbeda dari kata sandi saat ini.');

    fill('rahasia-lama-1', 'x'.repeat(201));
    await submit();
    expect(errorOf('password-new')).toBe('Kata sandi baru paling banyak 200 karakter.');
    backend.expectNone('/api/auth/password');
  });

  it('says at the field when the current password is wrong, and how long to wait after too many', async () => {
    const { el, backend, fill, submit, errorOf, settle } = await setup();
    fill('salah-sekali', 'rahasia-baru-1');
    await submit();
    backend
      .expectOne('/api/auth/password')
      .flush(
        { statusCode: 400, message: 'The current password is not correct', code: 'wrong-current-password' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(errorOf('password-current')).toBe('Kata sandi saat ini salah.');

    fill('salah-lagi', 'rahasia-baru-1');
    await submit();
    backend
      .expectOne('/api/auth/password')
      .flush(
        { statusCode: 429, message: 'wait', code: 'sign-in-delayed', params: { seconds: 120 } },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await settle();
    expect(el.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Terlalu banyak percobaan yang gagal. Tunggu 2 menit, lalu coba lagi.',
    );
  });

  it('confirms the change and keeps this tab signed in with the fresh session', async () => {
    const { el, backend, fill, submit, settle } = await setup();
    fill('rahasia-lama-1', 'rahasia-baru-1');
    await submit();
    const req = backend.expectOne('/api/auth/password');
    expect(req.request.body).toEqual({ currentPassword: 'rahasia-lama-1', newPassword: 'rahasia-baru-1' });
    req.flush({ ...LOGIN, accessToken: 'token-2' });
    await settle();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('Kata sandi Anda telah diganti');
    expect(TestBed.inject(AuthService).token()).toBe('token-2');
  });
});
