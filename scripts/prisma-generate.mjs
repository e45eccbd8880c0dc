// Runs `prisma generate` at install. The Prisma CLI insists on finding its native schema engine,
// which cannot be downloaded here and which generate does not use: point it at any existing file
// unless a real engine is configured.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('package.json');
const result = spawnSync(path.resolve('node_modules/.bin/prisma'), ['generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
