import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '../i18n/i18n.service';
import { describeCode, describeError, errorText } from './error-message';

const http = (status: number, error: unknown = null) => new HttpErrorResponse({ status, error });
const refusal = (status: number, code: string, params?: object) =>
  http(status, { statusCode: status, message: 'English for the logs', error: 'x', code, params });

describe('describeError', () => {
  beforeEach(() => localStorage.clear());

  it('explains a network failure', () => {
    expect(describeError(http(0))).toEqual({ key: 'errors.network' });
  });

  it('lets a page word a status itself', () => {
    expect(describeError(refusal(401, 'wrong-credentials'), { 401: 'login.invalid' })).toEqual({
      key: 'login.invalid',
    });
  });

  it("words the server's code with its params, translating the states it names", () => {
    expect(describeError(refusal(409, 'items-not-all-rated', { unrated: 12, total: 57 }))).toEqual({
      key: 'error.items-not-all-rated',
      params: { unrated: 12, total: 57 },
    });
    expect(describeError(refusal(409, 'plan-locked', { state: 'evaluation' }))).toEqual({
      key: 'error.plan-locked',
      params: { state: { key: 'periodState.evaluation' } },
    });
  });

  it('falls back to a sentence for the status when the code is unknown, or its params are missing', () => {
    expect(describeError(refusal(409, 'something-new'))).toEqual({ key: 'errors.conflict' });
    expect(describeError(refusal(409, 'plan-locked'))).toEqual({ key: 'errors.conflict' });
    expect(describeError(http(400, { message: 'name must not be empty' }))).toEqual({ key: 'errors.badRequest' });
    expect(describeError(http(429))).toEqual({ key: 'errors.tooMany' });
  });

  it('words forbidden, not found and server errors without exposing details', () => {
    expect(describeError(http(403))).toEqual({ key: 'errors.forbidden' });
    expect(describeError(http(404))).toEqual({ key: 'errors.notFound' });
    expect(describeError(http(503, { message: 'connection refused at 10.0.0.3' }))).toEqual({ key: 'errors.server' });
  });

  it('unwraps errors that a resource wrapped', () => {
    expect(describeError(new Error('wrapped', { cause: http(0) }))).toEqual({ key: 'errors.network' });
  });

  it('treats anything else as unexpected', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({ key: 'errors.unexpected' });
  });

  it('knows only the codes of the catalogue', () => {
    expect(describeCode('toString', {})).toBeNull();
    expect(describeCode('period-closed', undefined)).toEqual({ key: 'error.period-closed', params: {} });
  });
});

describe('errorText', () => {
  beforeEach(() => localStorage.clear());

  const translator = () => {
    const i18n = TestBed.inject(I18nService);
    return {
      i18n,
      t: (k: Parameters<typeof i18n.translate>[0], p?: Parameters<typeof i18n.translate>[1]) => i18n.translate(k, p),
    };
  };

  it('words a refusal in the chosen language, period stages included', async () => {
    const { i18n, t } = translator();
    const err = refusal(409, 'plan-locked', { state: 'evaluation' });
    expect(errorText(t, err)).toBe(
      'Rencana aksi hanya dapat diubah pada tahap Pengisian rencana aksi; periode ini sedang pada tahap Evaluasi.',
    );
    await i18n.setLang('en');
    expect(errorText(t, err)).toBe(
      'Action plans can be changed only while the period is open for submissions; this period is at "Under evaluation".',
    );
  });

  it('says per field which rule a validation refusal broke, with the field named as in the form', () => {
    const { t } = translator();
    const err = refusal(400, 'validation-failed', {
      fields: [
        { field: 'title', rule: 'minLength', limit: 3 },
        { field: 'ratings.2.note', rule: 'maxLength', limit: 4000 },
        { field: 'mystery', rule: 'whitelistValidation' },
        { field: 'title', rule: 'someNewRule' },
      ],
    });
    expect(errorText(t, err)).toBe(
      'Periksa isian Anda: Judul paling sedikit 3 karakter; Catatan paling banyak 4000 karakter; ' +
        'mystery tidak dikenal; Judul tidak sah.',
    );
  });

  it('words waits, lists and translated kinds', () => {
    const { t } = translator();
    expect(errorText(t, refusal(429, 'sign-in-rate-limited', { seconds: 840 }))).toBe(
      'Terlalu banyak percobaan masuk dari jaringan ini. Tunggu 14 menit, lalu coba lagi.',
    );
    expect(
      errorText(t, refusal(409, 'item-import-period-closed', { state: 'closed', allowed: ['draft', 'open'] })),
    ).toBe('Butir hanya dapat diimpor pada tahap Draf, Pengisian rencana aksi; periode ini sedang pada tahap Ditutup.');
    expect(errorText(t, refusal(403, 'role-forbidden', { role: 'leadership' }))).toBe(
      'Peran Anda (Pimpinan) tidak dapat melakukan ini.',
    );
  });

  it('never shows the English message, not even for an unknown code', () => {
    const { t } = translator();
    expect(errorText(t, refusal(409, 'something-new'))).toBe(
      'Data ini baru saja diubah oleh orang lain. Muat ulang untuk melihat versi terbaru.',
    );
    expect(errorText(t, http(500, { message: 'last active admin' }))).toContain('Server sedang mengalami gangguan');
  });
});
