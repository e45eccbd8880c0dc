import { applyMigrations } from '../../lib/db/migrate';
import { getDb } from '../../lib/db/client';
import { ensureFirstAdmin, type FirstAdminResult } from '../../lib/users/bootstrap';
import { isNewsroomEmpty, seedDemoNewsroom } from '../../prisma/seed/write';

export interface PreparedDatabase {
  migrationsApplied: string[];
  admin: FirstAdminResult;
  seeded: boolean;
}

/**
 * Brings the database behind DATABASE_URL to a usable state: pending migrations, the first
 * Admin, and the demo newsroom when it holds no content yet. Safe to run on every start.
 */
export async function prepareDatabase(
  url: string,
  options: { adminEmail?: string; adminPassword?: string; seed: boolean; log: (message: string) => void },
): Promise<PreparedDatabase> {
  process.env.DATABASE_URL = url;
  const { applied, alreadyApplied } = await applyMigrations(url, { onApply: (name) => options.log(`applied migration ${name}`) });
  if (!applied.length) options.log(`schema up to date (${alreadyApplied} migrations)`);

  const db = getDb();
  const admin = await ensureFirstAdmin(db, { email: options.adminEmail, password: options.adminPassword });

  let seeded = false;
  if (options.seed && (await isNewsroomEmpty(db))) {
    options.log('the database has no content yet: writing the demo newsroom');
    const started = Date.now();
    const counts = await seedDemoNewsroom(db, { log: options.log });
    options.log(`demo newsroom written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts}`);
    seeded = true;
  }
  return { migrationsApplied: applied, admin, seeded };
}
