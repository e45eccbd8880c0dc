import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// 'server-only' throws outside Next's server bundle; in tests the guard has nothing to guard.
const alias = { '@': path.resolve(import.meta.dirname), 'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts') };
// next-auth imports 'next/server' without an extension, which Node's ESM resolver refuses; letting
// Vite resolve it means domain modules that import lib/auth/guard.ts can be tested.
const server = { deps: { inline: ['next-auth'] } };
const shared = { environment: 'node' as const, server, exclude: ['node_modules/**', 'e2e/**', '.next/**', '.next-test/**', '.data/**'] };

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default (one worker per core but one) leaves a two-core machine with one: the
    // integration tests mostly wait on PostgreSQL, so at least two keep both cores busy.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        resolve: { alias },
        test: { ...shared, name: 'unit', include: ['**/*.test.ts', '**/*.test.tsx'], exclude: [...shared.exclude, '**/*.db.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'integration',
          include: ['**/*.db.test.ts'],
          globalSetup: ['lib/testing/vitest-global-setup.ts'],
          setupFiles: ['lib/testing/vitest-database-per-file.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
