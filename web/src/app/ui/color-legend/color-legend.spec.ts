import { TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { ColorLegend } from './color-legend';

async function render(thresholds = { green: 75, yellow: 40 }) {
  const fixture = TestBed.createComponent(ColorLegend);
  fixture.componentRef.setInput('thresholds', thresholds);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const entries = () =>
    [...el.querySelectorAll('.legend__item')].map((li) =>
      [li.querySelector('strong')?.textContent, li.querySelector('.legend__rule')?.textContent].join(': '),
    );
  return { fixture, entries };
}

describe('the colour legend of scores', () => {
  beforeEach(() => localStorage.clear());

  it("names each colour with the band of scores it stands for, from the period's thresholds", async () => {
    const { entries } = await render();
    expect(entries()).toEqual([
      'Hijau: skor 75 % atau lebih',
      'Kuning: skor 40 % hingga di bawah 75 %',
      'Merah: skor di bawah 40 %',
      'Abu-abu: belum ada butir yang dinilai',
    ]);
    // A red cell is a low score, not a missing item.
    expect(entries().join(' ')).not.toMatch(/tidak ada|lemah|lengkap/);
  });

  it('speaks English when asked', async () => {
    const { fixture, entries } = await render({ green: 80, yellow: 50 });
    await TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect(entries()[2]).toBe('Red: score under 50%');
  });
});
