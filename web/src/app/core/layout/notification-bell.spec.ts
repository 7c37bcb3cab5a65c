import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree } from '@angular/router';
import { NotificationView } from '@pantau/domain';
import { internalLink, NotificationBell } from './notification-bell';

const note = (id: number, readAt: string | null, link: string | null = `/follow-ups/${id}`): NotificationView => ({
  id,
  kind: 'follow-up-responded',
  title: `Tanggapan ${id}`,
  body: 'Mohon diputuskan.',
  link,
  periodId: 2,
  periodName: 'Evaluasi 2025',
  createdAt: '2026-11-23T03:00:00.000Z',
  readAt,
});

async function setup() {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(NotificationBell);
  const backend = TestBed.inject(HttpTestingController);
  backend
    .expectOne((r) => r.url === '/api/notifications')
    .flush({ items: [note(1, null), note(2, '2026-11-22T00:00:00Z')], total: 2, unread: 1 });
  await fixture.whenStable();
  return { fixture, backend, el: fixture.nativeElement as HTMLElement };
}

describe('NotificationBell', () => {
  beforeEach(() => localStorage.clear());

  it('says how many notifications are unread, in words and on the badge', async () => {
    const { el } = await setup();
    const button = el.querySelector('.bell')!;
    expect(button.getAttribute('aria-label')).toBe('Notifikasi, 1 belum dibaca');
    expect(el.querySelector('.bell__count')?.textContent?.trim()).toBe('1');
  });

  it('marks one as read and follows its link, a real link to the filtered list, naming its period', async () => {
    const { fixture, backend, el } = await setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    el.querySelector<HTMLButtonElement>('.bell')!.click();
    await fixture.whenStable();
    const digest = note(1, null, '/follow-ups?period=2&overdue=true');
    backend.expectOne('/api/notifications?pageSize=20').flush({ items: [digest], total: 1, unread: 1 });
    await fixture.whenStable();
    const entry = el.querySelector<HTMLAnchorElement>('a.bell__item')!;
    expect(entry.getAttribute('href')).toBe('/follow-ups?period=2&overdue=true');
    expect(entry.querySelector('.bell__item-period')?.textContent?.trim()).toBe('Periode: Evaluasi 2025');
    entry.click();
    backend.expectOne('/api/notifications/1/read').flush({ ...digest, readAt: '2026-11-23T04:00:00Z' });
    await fixture.whenStable();
    const [url] = navigate.mock.calls[0]!;
    expect(TestBed.inject(Router).serializeUrl(url as UrlTree)).toBe('/follow-ups?period=2&overdue=true');
    expect(el.querySelector('.bell__count')).toBeNull();
    expect(el.querySelector<HTMLElement>('#notification-panel')!.hidden).toBe(true);
  });

  it('never renders a link out of the app: such an entry only marks itself read', async () => {
    const { fixture, backend, el } = await setup();
    el.querySelector<HTMLButtonElement>('.bell')!.click();
    await fixture.whenStable();
    const outside = { ...note(3, null, 'javascript:alert(1)'), periodId: null, periodName: null };
    backend
      .expectOne('/api/notifications?pageSize=20')
      .flush({ items: [outside, note(4, null, '//evil.example/x')], total: 2, unread: 2 });
    await fixture.whenStable();
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelectorAll('button.bell__item')).toHaveLength(2);
    expect(el.querySelector('button.bell__item')!.querySelector('.bell__item-period')).toBeNull();
    el.querySelector<HTMLButtonElement>('button.bell__item')!.click();
    backend.expectOne('/api/notifications/3/read').flush({ ...outside, readAt: '2026-11-23T04:00:00Z' });
    await fixture.whenStable();
    expect(el.querySelector('.bell__count')?.textContent?.trim()).toBe('1');
  });

  it('marks all as read', async () => {
    const { fixture, backend, el } = await setup();
    el.querySelector<HTMLButtonElement>('.bell')!.click();
    await fixture.whenStable();
    backend.expectOne('/api/notifications?pageSize=20').flush({ items: [note(1, null)], total: 1, unread: 1 });
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('.bell__header button')!.click();
    backend.expectOne('/api/notifications/read-all').flush({ updated: 1 });
    await fixture.whenStable();
    expect(el.querySelector('.bell__count')).toBeNull();
    expect(el.querySelector('.bell__item--unread')).toBeNull();
  });

  it('never follows a link out of the app', () => {
    expect(internalLink('/items/5')).toBe('/items/5');
    expect(internalLink('//evil.example')).toBeNull();
    expect(internalLink('https://evil.example')).toBeNull();
    expect(internalLink('/\\evil.example')).toBeNull();
    expect(internalLink('/\t/evil.example')).toBeNull();
    expect(internalLink('javascript:alert(1)')).toBeNull();
    expect(internalLink('/follow-ups?period=2&overdue=true')).toBe('/follow-ups?period=2&overdue=true');
    expect(internalLink(null)).toBeNull();
  });
});
