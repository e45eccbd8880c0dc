/**
 * Runs once when a Dateline server starts. Starts the scheduler that publishes scheduled stories
 * at their minute (lib/editorial/scheduler-runner.ts) — in the Node.js runtime only, and not
 * while `next build` prerenders pages. DATELINE_SCHEDULER=off leaves it to other instances.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.DATELINE_SCHEDULER === 'off') return;
  const { startScheduler } = await import('./lib/editorial/scheduler-runner');
  startScheduler();
}
