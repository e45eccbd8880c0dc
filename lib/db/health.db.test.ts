import { PrismaPg } from '@prisma/adapter-pg';
import { describe, expect, it } from 'vitest';
import { PrismaClient } from './client';
import { findFreePort } from './free-port';
import { checkDatabase } from './health';

describe('database health', () => {
  it('is ok against a reachable database', async () => {
    const health = await checkDatabase();
    expect(health.ok).toBe(true);
    expect(health.error).toBeUndefined();
  });

  it('reports the failure, quickly, when nothing listens', async () => {
    const port = await findFreePort();
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://x:y@127.0.0.1:${port}/none`, connectionTimeoutMillis: 1000 }),
    });
    const health = await checkDatabase(unreachable, 2000);
    expect(health.ok).toBe(false);
    expect(health.error).toMatch(/reach|ECONNREFUSED|no answer/i);
    expect(health.latencyMs).toBeLessThan(5000);
    await unreachable.$disconnect();
  });
});
