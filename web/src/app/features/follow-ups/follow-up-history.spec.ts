import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FollowUpHistoryEntry } from '@pantau/domain';
import { FollowUpHistory } from './follow-up-history';

@Component({
  imports: [FollowUpHistory],
  template: `<pantau-follow-up-history [entries]="entries()" />`,
})
class Host {
  readonly entries = signal<FollowUpHistoryEntry[]>([]);
}

const ENTRIES: FollowUpHistoryEntry[] = [
  { kind: 'opened', at: '2026-11-02T10:00:00.000Z', by: null, text: null },
  {
    kind: 'reminder',
    at: '2026-11-20T10:00:00.000Z',
    by: { id: 9, displayName: 'Koordinator Kalteng', role: 'coordinator' },
    text: null,
  },
  {
    kind: 'response',
    at: '2026-11-21T10:00:00.000Z',
    by: { id: 8, displayName: 'Tim Palangka Raya', role: 'agency' },
    text: 'Spanduk sudah dipasang.',
  },
  {
    kind: 'decision',
    at: '2026-11-24T10:00:00.000Z',
    by: { id: 2, displayName: 'Evaluator Tengah', role: 'evaluator' },
    text: 'rejected: Foto belum ada.',
  },
];

async function render(entries: FollowUpHistoryEntry[]) {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.entries.set(entries);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('FollowUpHistory', () => {
  it('shows each step oldest first: what happened, who did it and when, dates in Indonesian', async () => {
    const el = await render(ENTRIES);
    const steps = [...el.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('Dibuka saat hasil dipublikasikan');
    expect(steps[0]).toContain('Sistem');
    expect(steps[0]).toContain('2 Nov 2026');
    expect(steps[1]).toContain('Pengingat koordinator');
    expect(steps[1]).toContain('Koordinator Kalteng');
    expect(steps[2]).toContain('Dijawab instansi');
    expect(steps[2]).toContain('Spanduk sudah dipasang.');
    // The decision's state is said in words, not as the API's key.
    expect(steps[3]).toContain('Ditolak: Foto belum ada.');
    expect(steps[3]).not.toContain('rejected');
    expect(steps[3]).toContain('24 Nov 2026');
    expect(el.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-02T10:00:00.000Z');
  });

  it('says when there is nothing yet', async () => {
    const el = await render([]);
    expect(el.textContent).toContain('Belum ada riwayat.');
    expect(el.querySelector('ol')).toBeNull();
  });
});
