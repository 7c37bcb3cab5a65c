import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { UserView } from '@pantau/domain';
import { AdminDataService } from '../admin-data.service';
import { ResetPasswordDialog } from './reset-password-dialog';

const USER = { id: 7, username: 'analis', displayName: 'Analis Timur' } as UserView;

async function setup() {
  const resetPassword = jest.fn(() => of(undefined));
  TestBed.configureTestingModule({ providers: [{ provide: AdminDataService, useValue: { resetPassword } }] });
  const fixture = TestBed.createComponent(ResetPasswordDialog);
  fixture.componentRef.setInput('user', USER);
  fixture.componentRef.setInput('open', true);
  const done: unknown[] = [];
  fixture.componentInstance.done.subscribe((d) => done.push(d));
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const input = el.querySelector<HTMLInputElement>('#users-new-password')!;
  const submitButton = el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  return { fixture, el, input, submitButton, resetPassword, done };
}

describe('ResetPasswordDialog', () => {
  beforeEach(() => localStorage.clear());

  it('offers a generated password long enough for the rule it states', async () => {
    const { el, input, submitButton } = await setup();
    expect(input.value.length).toBeGreaterThanOrEqual(10);
    expect(el.querySelector('#users-new-password-hint')?.textContent).toContain('Minimal 10 karakter.');
    expect(submitButton.disabled).toBe(false);
  });

  it('refuses a password shorter than FIELD_LIMITS allows, saying so at the field', async () => {
    const { fixture, el, input, submitButton, resetPassword } = await setup();
    input.value = 'pendek';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(submitButton.disabled).toBe(true);
    expect(el.querySelector('#users-new-password-error')?.textContent).toBe('Kata sandi minimal 10 karakter.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(resetPassword).not.toHaveBeenCalled();
  });

  it('sends the password and hands it back to be shown once', async () => {
    const { fixture, el, input, resetPassword, done } = await setup();
    input.value = 'rahasia-baru-sekali';
    input.dispatchEvent(new Event('input'));
    el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    for (let i = 0; i < 3; i++) await fixture.whenStable();
    expect(resetPassword).toHaveBeenCalledWith(7, 'rahasia-baru-sekali');
    expect(done).toEqual([{ user: USER, password: 'rahasia-baru-sekali' }]);
  });
});
