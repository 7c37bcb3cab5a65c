import { TestBed } from '@angular/core/testing';
import { CellColor } from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TrafficLight } from './traffic-light';

async function render(inputs: { color: CellColor; score?: number | null; label?: string; compact?: boolean }) {
  const fixture = TestBed.createComponent(TrafficLight);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('TrafficLight', () => {
  beforeEach(() => localStorage.clear());

  it.each<[CellColor, string, string]>([
    ['green', '✓', 'Hijau (lengkap)'],
    ['yellow', '!', 'Kuning (lemah)'],
    ['red', '✕', 'Merah (tidak ada)'],
    ['grey', '–', 'Abu-abu (belum dinilai)'],
  ])("shows an item's %s with its symbol, colour class and what it says of the item", async (color, symbol, name) => {
    const el = await render({ color });
    expect(el.classList).toContain('tl');
    expect(el.classList).toContain(`tl--${color}`);
    expect(el.getAttribute('role')).toBe('img');
    expect(el.querySelector('.tl__symbol')?.textContent?.trim()).toBe(symbol);
    expect(el.getAttribute('aria-label')).toBe(name);
  });

  it('says the score and its colour for a score, never what an item colour means', async () => {
    expect((await render({ color: 'red', score: 30 })).getAttribute('aria-label')).toBe('30 %, Merah');
    expect((await render({ color: 'yellow', score: 62.5 })).getAttribute('aria-label')).toBe('62,5 %, Kuning');
  });

  it("names a score light's band with the period thresholds when the number is shown elsewhere", async () => {
    const fixture = TestBed.createComponent(TrafficLight);
    fixture.componentRef.setInput('color', 'red');
    fixture.componentRef.setInput('kind', 'score');
    fixture.componentRef.setInput('thresholds', { green: 75, yellow: 40 });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.tl__text')?.textContent).toBe('Merah (skor di bawah 40 %)');
    expect(el.getAttribute('aria-label')).toBe('Merah (skor di bawah 40 %)');
  });

  it('shows the score as a percentage, or only the number when compact', async () => {
    expect((await render({ color: 'yellow', score: 62.5 })).querySelector('.tl__text')?.textContent).toBe('62,5 %');
    expect(
      (await render({ color: 'yellow', score: 62.5, compact: true })).querySelector('.tl__text')?.textContent,
    ).toBe('62,5');
  });

  it('names an unrated light in words instead of a number', async () => {
    const el = await render({ color: 'grey', score: null });
    expect(el.querySelector('.tl__text')?.textContent).toBe('Abu-abu (belum dinilai)');
  });

  it('uses the given label as its accessible name', async () => {
    const el = await render({ color: 'red', score: 10, label: 'Kalimantan Tengah, Adaptif: 10 %, merah' });
    expect(el.getAttribute('aria-label')).toBe('Kalimantan Tengah, Adaptif: 10 %, merah');
  });

  it('follows the language switch', async () => {
    const fixture = TestBed.createComponent(TrafficLight);
    fixture.componentRef.setInput('color', 'green');
    fixture.componentRef.setInput('score', 90);
    await fixture.whenStable();
    await TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).getAttribute('aria-label')).toBe('90%, Green');
  });
});
