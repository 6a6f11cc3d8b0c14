// How an upload's chunks flow from the parse worker to the thread that loads them.

/** Chunks the worker may have handed over and not yet seen loaded before it waits. */
export const IN_FLIGHT = 2;

/**
 * Hands chunks to another thread and waits while more than `limit` of them are unacknowledged:
 * a reader faster than the database behind it pauses instead of queueing the whole file.
 */
export function boundedSender<T>(post: (chunk: T) => void, limit = IN_FLIGHT) {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  return {
    async send(chunk: T): Promise<void> {
      post(chunk);
      inFlight++;
      while (inFlight > limit) await new Promise<void>((resolve) => (wake = resolve));
    },
    /** the other thread is done with one chunk */
    ack(): void {
      inFlight--;
      const resume = wake;
      wake = null;
      resume?.();
    },
  };
}

/**
 * A deadline that stops counting while paused: a parse's budget of seconds is its own work,
 * not the time it waits for a busy database to load what it read.
 */
export function pausableDeadline(ms: number, expire: () => void) {
  let remaining = ms;
  let since = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(expire, ms);
  return {
    pause(): void {
      if (!timer) return;
      clearTimeout(timer);
      timer = null;
      remaining -= Date.now() - since;
    },
    resume(): void {
      if (timer || remaining === Infinity) return;
      since = Date.now();
      timer = setTimeout(expire, Math.max(0, remaining));
    },
    clear(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      remaining = Infinity;
    },
  };
}
