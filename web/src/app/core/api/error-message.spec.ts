import { HttpErrorResponse } from '@angular/common/http';
import { describeError, errorText } from './error-message';

const http = (status: number, error: unknown = null) => new HttpErrorResponse({ status, error });

describe('describeError', () => {
  it('explains a network failure', () => {
    expect(describeError(http(0))).toEqual({ key: 'errors.network' });
  });

  it('lets a page word a status itself', () => {
    expect(
      describeError(http(401, { statusCode: 401, message: 'Unauthorized', error: 'Unauthorized' }), {
        401: 'login.invalid',
      }),
    ).toEqual({
      key: 'login.invalid',
    });
  });

  it("passes on the server's message about too many attempts", () => {
    const err = http(429, {
      statusCode: 429,
      message: 'Terlalu banyak percobaan masuk. Coba lagi dalam 5 menit.',
      error: 'Too Many Requests',
    });
    expect(describeError(err)).toEqual({ text: 'Terlalu banyak percobaan masuk. Coba lagi dalam 5 menit.' });
    expect(describeError(http(429))).toEqual({ key: 'errors.tooMany' });
  });

  it('joins validation messages given as a list', () => {
    const err = http(400, {
      statusCode: 400,
      message: ['name must not be empty', 'url must be a URL'],
      error: 'Bad Request',
    });
    expect(describeError(err)).toEqual({
      key: 'errors.validation',
      params: { details: 'name must not be empty; url must be a URL' },
    });
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

  it('turns a description into text', () => {
    const t = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;
    expect(errorText(t, http(0))).toBe('errors.network');
    expect(errorText(t, http(409, { message: 'Item berubah' }))).toBe('Item berubah');
  });
});
