import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { NotificationView } from '@pantau/domain';
import { internalLink, NotificationBell } from './notification-bell';

const note = (id: number, readAt: string | null, link: string | null = `/follow-ups/${id}`): NotificationView => ({
  id,
  kind: 'follow-up-responded',
  title: `Tanggapan ${id}`,
  body: 'Mohon diputuskan.',
  link,
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

  it('marks one as read and follows its link', async () => {
    const { fixture, backend, el } = await setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    el.querySelector<HTMLButtonElement>('.bell')!.click();
    await fixture.whenStable();
    backend.expectOne('/api/notifications?pageSize=20').flush({ items: [note(1, null)], total: 1, unread: 1 });
    await fixture.whenStable();
    el.querySelector<HTMLButtonElement>('.bell__item')!.click();
    backend.expectOne('/api/notifications/1/read').flush(note(1, '2026-11-23T04:00:00Z'));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/follow-ups/1');
    expect(el.querySelector('.bell__count')).toBeNull();
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
    expect(internalLink(null)).toBeNull();
  });
});
