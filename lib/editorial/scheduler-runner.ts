import { claimDueStories } from './scheduler';
import { requestExpiry } from './internal-expiry';

/**
 * The in-process clock behind scheduled publishing: started once per server by
 * instrumentation.ts, it claims due stories every few seconds and has the cached pages that
 * show them expired. Tags whose expiry failed (server busy, restarting) are retried next tick.
 */
export const SCHEDULER_INTERVAL_MS = 15_000;

const state = globalThis as unknown as { datelineScheduler?: { timer: NodeJS.Timeout; pending: Set<string>; running: boolean } };

export function startScheduler(intervalMs = SCHEDULER_INTERVAL_MS): void {
  if (state.datelineScheduler) return;
  const scheduler = { timer: setInterval(() => void tick(), intervalMs), pending: new Set<string>(), running: false };
  scheduler.timer.unref();
  state.datelineScheduler = scheduler;

  async function tick(): Promise<void> {
    if (scheduler.running) return;
    scheduler.running = true;
    try {
      const { published, expire } = await claimDueStories();
      for (const tag of expire) scheduler.pending.add(tag);
      if (published.length) console.log(`scheduler: published ${published.map((story) => `#${story.id}`).join(', ')}`);
      if (scheduler.pending.size) {
        const tags = [...scheduler.pending];
        await requestExpiry(tags);
        for (const tag of tags) scheduler.pending.delete(tag);
      }
    } catch (error) {
      console.error(`scheduler: ${error instanceof Error ? error.message : String(error)} (will retry)`);
    } finally {
      scheduler.running = false;
    }
  }
}

/** Stops this process's scheduler (tests, graceful shutdown). */
export function stopScheduler(): void {
  if (!state.datelineScheduler) return;
  clearInterval(state.datelineScheduler.timer);
  state.datelineScheduler = undefined;
}
