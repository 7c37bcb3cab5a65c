import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Indonesian and formats numbers the Indonesian way', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('id');
    expect(document.documentElement.lang).toBe('id');
    expect(i18n.percent(62.5)).toBe('62,5 %');
    expect(i18n.number(1234.5)).toBe('1.234,5');
  });

  it('switches to English, remembers the choice and updates <html lang>', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLang('en');
    expect(i18n.translate('nav.matrix')).toBe('Matrix');
    expect(i18n.percent(62.5)).toBe('62.5%');
    expect(localStorage.getItem('pantau.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice at once, before the words have loaded (a reload right after the click keeps it)', async () => {
    const i18n = TestBed.inject(I18nService);
    const switching = i18n.setLang('en');
    expect(localStorage.getItem('pantau.lang')).toBe('en');
    expect(i18n.lang()).toBe('id');
    await switching;
    expect(i18n.lang()).toBe('en');
  });

  it('starts in the language chosen on an earlier visit once its words are loaded', async () => {
    localStorage.setItem('pantau.lang', 'en');
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('id');
    await i18n.ready();
    expect(i18n.lang()).toBe('en');
    expect(i18n.translate('nav.followUps')).toBe('Follow-ups');
  });

  it('fills placeholders', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.translate('matrix.showing', { count: 632 })).toBe('632 instansi');
  });

  it('shows a dash for a missing number', () => {
    expect(TestBed.inject(I18nService).percent(null)).toBe('–');
  });
});
