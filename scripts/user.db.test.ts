import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../lib/auth/password';
import { db } from '../lib/db/client';
import { projectRoot, runScript, scriptCommand, type ScriptRun } from '../lib/testing/run-script';

/**
 * `npm run user` as an operator runs it: the real script in a child process, against this file's
 * own test database (DATABASE_URL), with the password piped in or typed at a real terminal.
 */

const runUser = (args: string[], stdin = ''): Promise<ScriptRun> => runScript('scripts/user.ts', args, { stdin });

/** The script at a pseudo-terminal (util-linux `script`), answering each prompt once it appears. */
function runUserAtTerminal(args: string[], answers: string[]): Promise<ScriptRun> {
  const [node, nodeArgs] = scriptCommand('scripts/user.ts', args);
  const command = [node, ...nodeArgs].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: projectRoot, env: { ...process.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let answered = 0;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const prompts = output.match(/Password( again)?[^:\n]*: /g)?.length ?? 0;
      while (answered < prompts && answered < answers.length) child.stdin.write(`${answers[answered++]}\r`);
      if (answered === answers.length) child.stdin.end();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: output, stderr: '' }));
  });
}

const email = (label: string) => `${label}-${Math.random().toString(36).slice(2)}@example.test`;

describe('npm run user -- create', () => {
  it('creates a user with the password from --password-stdin, recorded as done on the command line', async () => {
    const address = email('Cli.Editor');
    const result = await runUser(['create', '--email', address, '--name', 'Aynur Məmmədova', '--role', 'Editor', '--password-stdin'], 'a long piped password\n');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Created Editor Aynur Məmmədova <cli\.editor-\w+@example\.test> \(id \d+\)\./);

    const user = await db.user.findUniqueOrThrow({ where: { email: address.toLowerCase() } });
    expect(user).toMatchObject({ name: 'Aynur Məmmədova', role: 'EDITOR', active: true, slug: 'aynur-memmedova' });
    // The trailing newline of `echo` is not part of the password.
    expect(await verifyPassword(user.passwordHash ?? '', 'a long piped password')).toBe(true);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'user.create', subjectId: String(user.id) } })).toMatchObject({
      actorId: null,
      details: { via: 'command line' },
    });
  });

  it('refuses a duplicate email, a weak password and a password in argv, each in one line, creating nothing', async () => {
    const taken = email('taken');
    expect((await runUser(['create', '--email', taken, '--name', 'First', '--role', 'author', '--password-stdin'], 'first long password')).code).toBe(0);

    const duplicate = await runUser(['create', '--email', taken.toUpperCase(), '--name', 'Second', '--role', 'author', '--password-stdin'], 'second long password');
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toBe('error: Someone with this email is already in the newsroom.\n');

    const weak = await runUser(['create', '--email', email('weak'), '--name', 'Weak', '--role', 'author', '--password-stdin'], 'short');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toBe('error: Password not accepted: Passwords need at least 12 characters.\n');
    const own = email('own');
    const ownAddress = await runUser(['create', '--email', own, '--name', 'Own', '--role', 'author', '--password-stdin'], own);
    expect(ownAddress.code).toBe(1);
    expect(ownAddress.stderr).toBe('error: Password not accepted: A password cannot be made of the account’s email address.\n');

    const inArgv = await runUser(['create', '--email', email('argv'), '--name', 'Argv', '--role', 'admin', '--password=visible-in-history']);
    expect(inArgv.code).toBe(2);
    expect(inArgv.stderr).toMatch(/^error: Passwords are never taken as arguments/);

    const badRole = await runUser(['create', '--email', email('role'), '--name', 'Role', '--role', 'chief', '--password-stdin'], 'long enough password');
    expect(badRole.stderr).toBe('error: Unknown role "chief". Choose one of: contributor, author, editor, admin.\n');

    const badEmail = await runUser(['create', '--email', 'not-an-email', '--name', 'Mail', '--role', 'author', '--password-stdin'], 'long enough password');
    expect(badEmail.stderr).toBe('error: --email: Enter an email address like name@example.com.\n');

    expect(await db.user.count({ where: { name: { in: ['Second', 'Weak', 'Argv', 'Role', 'Mail'] } } })).toBe(0);
  });

  it('refuses a repeated option, a name of nothing visible and an oversized password, and keeps control characters out', async () => {
    const twice = await runUser(['create', '--email', email('twice'), '--name', 'Twice', '--role', 'author', '--role', 'admin', '--password-stdin'], 'long enough password');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe('error: --role is given more than once. Give it once. (see: npm run user -- help)\n');

    for (const name of ['\u0001\u0002\u0003', '\u200b\u200b']) {
      const invisible = await runUser(['create', '--email', email('invisible'), '--name', name, '--role', 'author', '--password-stdin'], 'long enough password');
      expect(invisible.stderr).toBe('error: --name: Enter a name.\n');
    }

    // Terminal escapes in a name are stored and echoed as nothing.
    const address = email('escapes');
    const escapes = await runUser(['create', '--email', address, '--name', 'Nərgiz\u001b[2J Əliyeva\u0007', '--role', 'author', '--password-stdin'], 'long enough password');
    expect(escapes.stdout).toMatch(/^Created Author Nərgiz\[2J Əliyeva </);
    expect((await db.user.findUniqueOrThrow({ where: { email: address } })).name).toBe('Nərgiz[2J Əliyeva');

    const endless = await runUser(['create', '--email', email('endless'), '--name', 'Endless', '--role', 'author', '--password-stdin'], 'y\n'.repeat(50_000));
    expect(endless.code).toBe(1);
    expect(endless.stderr).toBe('error: Password not accepted: Passwords can be at most 1024 characters.\n');

    const help = await runUser(['create', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(await db.user.count({ where: { name: { in: ['Twice', 'Endless'] } } })).toBe(0);
  });

  it('reads a DATABASE_URL pasted with spaces around it as the address it is', async () => {
    const address = email('spaced');
    const spaced = await runScript('scripts/user.ts', ['create', '--email', address, '--name', 'Spaced', '--role', 'author', '--password-stdin'], {
      stdin: 'long enough password',
      env: { DATABASE_URL: ` ${process.env.DATABASE_URL} ` },
    });
    expect(spaced.stderr).toBe('');
    expect(await db.user.count({ where: { email: address } })).toBe(1);
  });

  it('asks at a terminal without echoing the password, and refuses two different answers', async () => {
    const address = email('typed');
    const typed = await runUserAtTerminal(['create', '--email', address, '--name', 'Typed', '--role', 'contributor'], ['typed at the prompt', 'typed at the prompt']);
    expect(typed.stdout).toContain('Password (at least 12 characters): ');
    expect(typed.stdout).toMatch(/Created Contributor Typed/);
    expect(typed.stdout).not.toContain('typed at the prompt');
    const user = await db.user.findUniqueOrThrow({ where: { email: address } });
    expect(await verifyPassword(user.passwordHash ?? '', 'typed at the prompt')).toBe(true);

    const mismatch = await runUserAtTerminal(['create', '--email', email('mismatch'), '--name', 'Mismatch', '--role', 'author'], ['one long password', 'another long password']);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain('error: The two passwords are not the same. Nothing was created.');
    expect(await db.user.count({ where: { name: 'Mismatch' } })).toBe(0);
  });
});
