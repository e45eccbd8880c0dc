import { afterAll, inject } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase } from './database';

// Runs before each integration test file: point DATABASE_URL (and so lib/db/client) at a fresh,
// migrated database of this file's own.
const serverUrl = inject('databaseServerUrl');
process.env.DATABASE_URL = await createDatabaseFromTemplate(serverUrl);
process.env.TEST_DATABASE_SERVER_URL = serverUrl;

afterAll(async () => {
  const { getDb } = await import('../db/client');
  await getDb().$disconnect();
  await dropDatabase(serverUrl, process.env.DATABASE_URL!);
});
