import { NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { apiError } from '../app/common/api-error';
import { AllExceptionsFilter, bodyParserError } from './all-exceptions.filter';

const logged: string[] = [];

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
  (filter as unknown as { logger: { error: (m: string) => void } }).logger = { error: (m) => logged.push(m) };
  filter.catch(exception, host);
  return out;
}

describe('AllExceptionsFilter', () => {
  it('answers 503 with Retry-After, not 500, when a transaction lost its connection in a fast shutdown', () => {
    const a = answer(new QueryRunnerAlreadyReleasedError());
    expect(a.status).toBe(503);
    expect(a.headers['Retry-After']).toBe('5');
    expect(a.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'database-unavailable' });
  });

  it('still answers 500 for a programming error, without its details', () => {
    const a = answer(new TypeError('cannot read x of undefined'));
    expect(a.status).toBe(500);
    expect(a.body).toMatchObject({ code: 'internal-error' });
    expect(JSON.stringify(a.body)).not.toMatch(/cannot read/);
  });

  it('sends a refusal with its code, params and extra fields, and names its status', () => {
    const a = answer(apiError(409, 'period-closed', {}, 'A closed period is read only', { allowed: [] }));
    expect(a.body).toEqual({
      statusCode: 409,
      message: 'A closed period is read only',
      error: 'Conflict',
      code: 'period-closed',
      allowed: [],
    });
    const b = answer(apiError(409, 'period-name-taken', { name: '2026' }, 'A period named "2026" already exists'));
    expect(b.body).toMatchObject({ code: 'period-name-taken', params: { name: '2026' } });
  });

  it('gives the database refusals a code each', () => {
    const unique = Object.assign(new QueryFailedError('INSERT …', [], new Error('duplicate key')), { code: '23505' });
    expect(answer(unique)).toMatchObject({ status: 409, body: { code: 'record-exists' } });
    const tooLong = Object.assign(new QueryFailedError('INSERT …', [], new Error('too long')), { code: '22001' });
    expect(answer(tooLong)).toMatchObject({ status: 400, body: { code: 'value-too-long' } });
  });

  it("codes the body parser's errors and Nest's unknown routes", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    expect(answer(tooLarge)).toMatchObject({ status: 413, body: { code: 'body-too-large' } });
    const parse = Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' });
    expect(answer(bodyParserError(parse))).toMatchObject({ status: 400, body: { code: 'body-malformed-json' } });
    expect(answer(new NotFoundException('Cannot GET /api/nothing'))).toMatchObject({
      status: 404,
      body: { code: 'route-not-found' },
    });
  });

  it('logs a refusal thrown without a code, so that the gap is found', () => {
    logged.length = 0;
    const a = answer(new NotFoundException('Something not found'));
    expect(a.body).not.toHaveProperty('code');
    expect(logged).toEqual([expect.stringMatching(/without a code.*Something not found/)]);
  });
});
