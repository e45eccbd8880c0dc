import { PrismaPg } from '@prisma/adapter-pg';
import { connectionConfig } from './connection.mjs';
import { PrismaClient } from './generated/client';

export * from './generated/client';

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      'DATABASE_URL is not set. Start Dateline with `npm start` (it runs an embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg(connectionConfig(connectionString, { max })) });
}

// One client per process; development's module reloading would otherwise open a pool per edit.
const holder = globalThis as unknown as { datelinePrisma?: PrismaClient };

/** The Prisma client for the database named by DATABASE_URL, created on first use. */
export function getDb(): PrismaClient {
  holder.datelinePrisma ??= createClient();
  return holder.datelinePrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
