import { db } from './client';

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** One round trip to PostgreSQL, bounded so a hung server cannot hang the health check. */
export async function checkDatabase(timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message.split('\n')[0] : 'unknown error',
    };
  } finally {
    clearTimeout(timer);
  }
}
