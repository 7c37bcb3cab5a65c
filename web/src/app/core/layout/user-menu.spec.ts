import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { UserMenu } from './user-menu';

describe('the user menu button', () => {
  beforeEach(() => localStorage.clear());

  it('is named first by the name it shows, with no other text on it (WCAG 2.5.3, label in name)', async () => {
    localStorage.setItem(
      'pantau.session',
      JSON.stringify({
        accessToken: 'token-1',
        user: { id: 3, username: 'evaluator', displayName: 'Evaluator Tengah', role: 'evaluator' },
      }),
    );
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(UserMenu);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.user-button')!;
    expect(button.getAttribute('aria-label')).toBe('Evaluator Tengah, menu pengguna');
    expect(button.textContent?.trim()).toBe('Evaluator Tengah');
    expect(button.querySelector('.user-button__avatar')?.getAttribute('data-initials')).toBe('ET');
  });
});
