import { spawn } from 'node:child_process';
import path from 'node:path';

/** Test support: a `scripts/*.ts` entry point run as an operator runs it, in a child process. */

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** A script's command line as package.json runs it: Node with tsx's loader, one process that gets signals itself. */
export function scriptCommand(script: string, args: string[]): [string, string[]] {
  return [process.execPath, ['--import', 'tsx', script, ...args]];
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] = scriptCommand(script, args);
    const child = spawn(command, commandArgs, { cwd: projectRoot, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
