import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { errorText } from './error-message';
import { knownMessage } from './server-messages';

const conflict = (message: string) => new HttpErrorResponse({ status: 409, error: { statusCode: 409, message } });

describe('server messages', () => {
  beforeEach(() => localStorage.clear());

  it('recognises the refusals users meet and keeps their numbers', () => {
    expect(knownMessage('12 of 57 items are not rated yet; rate them first')).toEqual({
      key: 'server.notAllRated',
      params: { unrated: '12', total: '57' },
    });
    expect(knownMessage('This is the last active admin; create another admin first')).toEqual({
      key: 'server.lastAdmin',
    });
    expect(knownMessage('Something new the web does not know')).toBeNull();
  });

  it('words them in the chosen language, period stages included', async () => {
    const i18n = TestBed.inject(I18nService);
    const t = (k: Parameters<typeof i18n.translate>[0], p?: Parameters<typeof i18n.translate>[1]) =>
      i18n.translate(k, p);
    const err = conflict('Action plans can be changed only while the period is open; this period is "evaluation"');
    expect(errorText(t, err)).toBe(
      'Rencana aksi hanya dapat diubah pada tahap Pengisian rencana aksi; periode ini sedang pada tahap Evaluasi.',
    );
    await i18n.setLang('en');
    expect(errorText(t, err)).toBe(
      'Action plans can be changed only while the period is open for submissions; this period is at "Under evaluation".',
    );
  });

  it('still shows unknown server words as they are, and never a 5xx body', () => {
    const i18n = TestBed.inject(I18nService);
    const t = (k: Parameters<typeof i18n.translate>[0]) => i18n.translate(k);
    expect(errorText(t, conflict('Item berubah'))).toBe('Item berubah');
    expect(errorText(t, new HttpErrorResponse({ status: 500, error: { message: 'last active admin' } }))).toContain(
      'Server sedang mengalami gangguan',
    );
  });
});
