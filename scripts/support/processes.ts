import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';

/** Absolute path of a package binary in this project's node_modules/.bin. */
export function localBin(name: string): string {
  return path.join(process.cwd(), 'node_modules', '.bin', name);
}

/**
 * `next start`'s arguments, the same for `npm start`, tests and benchmarks. Idle connections stay
 * open 65 s, longer than load balancers keep theirs (60 s on the common ones): with Node's default
 * of 5 s, a balancer, or any client, reusing a connection the app has just closed gets a reset
 * instead of a page. No `-H`: bound to a named address, Next takes proxy.ts's rewrites (to the
 * 403 and 404 pages) for another host's and forwards them over HTTP instead of serving them.
 */
export function nextStartArgs(port: number): string[] {
  return ['start', '-p', String(port), '--keepAliveTimeout', '65000'];
}

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return launch(command, args, options).done;
}

/** Starts a command with inherited output: the child (to stop it early) and its completion. */
export function launch(command: string, args: string[], options: SpawnOptions = {}): { child: ChildProcess; done: Promise<void> } {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${signal ?? `code ${code}`}`));
    });
  });
  return { child, done };
}

/** Resolves with the exit code once `child` has ended (immediately if it already has). */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Asks `child` to stop, and kills it if it has not after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/**
 * On the first Ctrl-C or SIGTERM: `cleanUp` (stop the test database, the server…), then exit 130.
 * Later signals are absorbed while it runs: an impatient second Ctrl-C must not end the process by
 * default and leave an embedded PostgreSQL running.
 */
export function onInterrupt(cleanUp: () => Promise<void>): void {
  let stopping = false;
  const interrupt = () => {
    if (stopping) return;
    stopping = true;
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
}
