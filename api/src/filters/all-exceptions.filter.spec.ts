import type { ArgumentsHost } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';

function answer(exception: unknown): { status: number; body: unknown; headers: Record<string, string> } {
  const out = { status: 0, body: undefined as unknown, headers: {} as Record<string, string> };
  const res = {
    headersSent: false,
    setHeader: (k: string, v: string) => (out.headers[k] = v),
    status(code: number) {
      out.status = code;
      return this;
    },
    json: (b: unknown) => (out.body = b),
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  const filter = new AllExceptionsFilter();
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return out;
}

describe('AllExceptionsFilter', () => {
  it('answers 503 with Retry-After, not 500, when a transaction lost its connection in a fast shutdown', () => {
    const a = answer(new QueryRunnerAlreadyReleasedError());
    expect(a.status).toBe(503);
    expect(a.headers['Retry-After']).toBe('5');
    expect(a.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  });

  it('still answers 500 for a programming error, without its details', () => {
    const a = answer(new TypeError('cannot read x of undefined'));
    expect(a.status).toBe(500);
    expect(JSON.stringify(a.body)).not.toMatch(/cannot read/);
  });
});
