/**
 * `npm run user -- create --email … --name … --role …`: adds someone to the newsroom from the
 * command line (the first Admin of a new installation, or anyone when the web is not at hand).
 *
 * The password is never an argument (arguments end up in shell history and `ps`): it is asked
 * for at a prompt that does not echo, or read from standard input with --password-stdin:
 *
 *   npm run user -- create --email aynur@example.com --name "Aynur Məmmədova" --role editor
 *   printf '%s' "$PASSWORD" | npm run user -- create --email … --name … --role admin --password-stdin
 *
 * Uses the database `npm start` uses (scripts/support/database.ts). Exit codes: 0 created,
 * 1 refused (bad input, duplicate email, weak password, no database), 2 usage.
 */
import { parseArgs } from 'node:util';
import { ROLE_LABELS, ROLES, type Role } from '../lib/auth/permissions';
import { Invalid } from '../lib/auth/authorize';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../lib/auth/password';
import { createUserInput } from '../lib/users/input';
import { ConfigurationProblem } from '../lib/config/problem';
import { openDatabase } from './support/database';
import { loadEnvFiles } from './support/env-file';

const USAGE = `Usage:
  npm run user -- create --email EMAIL --name "FULL NAME" --role ROLE [--password-stdin]

ROLE is one of: ${ROLES.map((role) => role.toLowerCase()).join(', ')}.
The password is asked for at a prompt that does not echo it, or read from standard input with
--password-stdin (at least ${MIN_PASSWORD_LENGTH} characters). It is never taken as an argument.`;

class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

async function main(argv: string[]): Promise<string> {
  loadEnvFiles();
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    if (!command) throw new Refusal('Say what to do: create.', 2);
    return '';
  }
  if (command !== 'create') throw new Refusal(`Unknown command "${command}". The one command is: create.`, 2);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
    return '';
  }
  if (rest.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
    throw new Refusal('Passwords are never taken as arguments (they would stay in shell history). Leave --password out to be asked, or use --password-stdin.', 2);
  }

  let options: { email?: string; name?: string; role?: string; 'password-stdin'?: boolean };
  let tokens: { kind: string; name?: string }[];
  try {
    ({ values: options, tokens } = parseArgs({
      args: rest,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
      tokens: true,
    }));
  } catch (error) {
    throw new Refusal(`${(error as Error).message.split('\n')[0]} (see: npm run user -- help)`, 2);
  }
  // parseArgs keeps the last of a repeated option: a second --role must not quietly decide.
  const given = tokens.flatMap((token) => (token.kind === 'option' && token.name ? [token.name] : []));
  const repeated = given.find((name, index) => given.indexOf(name) !== index);
  if (repeated) throw new Refusal(`--${repeated} is given more than once. Give it once. (see: npm run user -- help)`, 2);
  for (const required of ['email', 'name', 'role'] as const) {
    if (!options[required]) throw new Refusal(`Missing --${required}. (see: npm run user -- help)`, 2);
  }
  const role = parseRole(options.role ?? '');

  // Check everything but the password before asking for it.
  const withoutPassword = createUserInput.omit({ password: true }).safeParse({ email: options.email, name: options.name, role });
  if (!withoutPassword.success) throw new Refusal(describeIssue(withoutPassword.error.issues[0]));

  const password = options['password-stdin'] ? await readPasswordFromStdin() : await promptForPassword();
  const parsed = createUserInput.safeParse({ ...withoutPassword.data, password });
  if (!parsed.success) throw new Refusal(describeIssue(parsed.error.issues[0]));

  const database = await openDatabase((message) => console.error(message));
  process.env.DATABASE_URL = database.url;
  const { getDb, Prisma } = await import('../lib/db/client');
  const { createUserFromCommandLine } = await import('../lib/users/manage');
  try {
    const user = await createUserFromCommandLine(parsed.data);
    return `Created ${ROLE_LABELS[user.role]} ${user.name} <${user.email}> (id ${user.id}). They can sign in at /admin/sign-in.`;
  } catch (error) {
    if (error instanceof Invalid) throw new Refusal(error.fieldErrors.password ? `Password not accepted: ${error.fieldErrors.password}` : error.message);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2021') {
      throw new Refusal('The database has no Dateline tables yet. Run `npm start` (or `npm start -- --prepare-only`) once first.');
    }
    throw error;
  } finally {
    await getDb().$disconnect();
    await database.close();
  }
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const field = String(issue.path[0] ?? '');
  return field === 'password' ? `Password not accepted: ${issue.message}` : `--${field}: ${issue.message}`;
}

function parseRole(value: string): Role {
  const role = ROLES.find((candidate) => candidate === value.trim().toUpperCase());
  if (!role) throw new Refusal(`Unknown role "${value}". Choose one of: ${ROLES.map((r) => r.toLowerCase()).join(', ')}.`);
  return role;
}

/** The most a password can take in UTF-8 (4 bytes a character), with a line ending. */
const MAX_PASSWORD_BYTES = MAX_PASSWORD_LENGTH * 4 + 2;

/**
 * Everything on standard input, less the one line ending `echo` or a here-string adds. Reading
 * stops past what any password can be, so `yes |` or a large file is refused, not held in memory.
 */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Refusal('--password-stdin reads a pipe, not the terminal: printf \'%s\' "$PASSWORD" | npm run user -- …', 2);
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    chunks.push(Buffer.from(chunk));
    bytes += chunk.length;
    if (bytes > MAX_PASSWORD_BYTES) {
      process.stdin.destroy();
      throw new Refusal(`Password not accepted: Passwords can be at most ${MAX_PASSWORD_LENGTH} characters.`);
    }
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function promptForPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new Refusal('No terminal to ask for the password in. Pipe it instead: printf \'%s\' "$PASSWORD" | npm run user -- … --password-stdin', 2);
  }
  const password = await promptHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const again = await promptHidden('Password again: ');
  if (password !== again) throw new Refusal('The two passwords are not the same. Nothing was created.');
  return password;
}

/** Reads one line from the terminal in raw mode, so what is typed is never shown. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  // Echo goes off before the question shows, so even an answer typed the instant it appears is not echoed.
  stdin.setRawMode(true);
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (outcome: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(value));
        if (character === '\u0003' || character === '\u0004') return finish(() => reject(new Refusal('Cancelled. Nothing was created.', 130)));
        if (character === '\u007f' || character === '\b') value = value.slice(0, -1);
        else if (character >= ' ') value += character;
      }
    };
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

main(process.argv.slice(2)).then(
  (message) => {
    if (message) console.log(message);
  },
  (error: unknown) => {
    if (error instanceof Refusal) {
      console.error(`error: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof ConfigurationProblem) {
      console.error(`error: ${error.message}\n  → ${error.remedy}`);
      process.exitCode = 1;
      return;
    }
    console.error(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  },
);
