import { redact, startFailure } from './start-failure';

const where = { port: 3000, databaseUrl: 'postgres://app:secret@db.example:5432/pantau' };

describe('startFailure', () => {
  it('says something a person can act on even when the error is undefined', () => {
    expect(startFailure(undefined, where)).toBe('Pantau BerAKHLAK could not start: no reason was given.');
  });

  it('names the port that is in use and what to do', () => {
    const e = Object.assign(new Error('listen EADDRINUSE: address already in use :::3000'), { code: 'EADDRINUSE' });
    expect(startFailure(e, where)).toMatch(/Port 3000 is already in use: stop the program that uses it, or set PORT/);
  });

  it('points at DATABASE_URL without showing its password when the database cannot be reached', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const text = startFailure(e, where);
    expect(text).toMatch(/DATABASE_URL \(postgres:\/\/app:\*\*\*@db\.example:5432\/pantau\)/);
    expect(text).not.toContain('secret');
  });

  it('redacts only the password', () => {
    expect(redact('postgres://u:p@h/db')).toBe('postgres://u:***@h/db');
    expect(redact('not a url')).toBe('(an unreadable URL)');
  });
});
