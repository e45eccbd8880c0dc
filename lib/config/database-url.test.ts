import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './database-url';
import { ConfigurationProblem } from './problem';

describe('DATABASE_URL', () => {
  it('is parsed when it is a PostgreSQL address', () => {
    expect(parseDatabaseUrl('postgresql://me:p%40ss@db.internal:5433/dateline').host).toBe('db.internal:5433');
    expect(parseDatabaseUrl('postgres://me@localhost/dateline').pathname).toBe('/dateline');
  });

  it('that is no URL at all is one line with the form to use, never the password it may hold', () => {
    // An unencoded # in the password: everything after it is a fragment, and the port is "pa".
    const value = 'postgresql://me:pa#ss@db.internal:5432/dateline';
    const problem = (() => {
      try {
        parseDatabaseUrl(value);
      } catch (error) {
        return error;
      }
    })();
    expect(problem).toBeInstanceOf(ConfigurationProblem);
    expect(String(problem)).toBe(
      'DATABASE_URL is not a valid URL.\n  → Use the form postgresql://user:password@host:5432/database, with any @ : / # ? % in the user name or password percent-encoded (@ is %40).',
    );
    expect(String(problem)).not.toContain('pa#ss');
  });

  it('of another kind of database is refused', () => {
    expect(() => parseDatabaseUrl('mysql://me@localhost/dateline')).toThrow('DATABASE_URL uses "mysql:"; Dateline needs PostgreSQL.');
  });
});
