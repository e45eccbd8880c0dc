import { db, type PrismaClient } from './client';

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** One round trip to PostgreSQL, bounded so a hung server cannot hang the health check. */
export async function checkDatabase(client: PrismaClient = db, timeoutMs = 3000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      error: describe(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The last meaningful line of a driver error: Prisma puts the cause after its own preamble. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const lines = error.message.split('\n').map((part) => part.trim()).filter(Boolean);
  return lines.at(-1) ?? error.name;
}
