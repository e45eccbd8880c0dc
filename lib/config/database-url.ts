import { ConfigurationProblem } from './problem';

const FORM = 'postgresql://user:password@host:5432/database';

/**
 * DATABASE_URL parsed, or a ConfigurationProblem saying what is wrong with it. The value itself is
 * never repeated: it holds a password.
 */
export function parseDatabaseUrl(value: string): URL {
  if (!URL.canParse(value)) {
    throw new ConfigurationProblem(
      'DATABASE_URL is not a valid URL.',
      `Use the form ${FORM}, with any @ : / # ? % in the user name or password percent-encoded (@ is %40).`,
    );
  }
  const url = new URL(value);
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new ConfigurationProblem(`DATABASE_URL uses "${url.protocol}"; Dateline needs PostgreSQL.`, `Use the form ${FORM}.`);
  }
  return url;
}
