/**
 * Hands chunks to another thread and waits while more than `limit` of them are unacknowledged:
 * a reader faster than the database behind it pauses instead of queueing the whole file.
 */
export function boundedSender<T>(post: (chunk: T) => void, limit = 2) {
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
