import { afterEach, describe, expect, it, vi } from "vitest";
import { boundedSender, pausableDeadline } from "./chunk-flow";

describe("boundedSender", () => {
  it("waits once more than two chunks are unacknowledged, and goes on with each acknowledgement", async () => {
    const posted: number[] = [];
    const sender = boundedSender<number>((n) => posted.push(n), 2);
    await sender.send(1);
    await sender.send(2);
    let third = false;
    const waiting = sender.send(3).then(() => (third = true));
    await new Promise((r) => setTimeout(r, 10));
    // posted, but the reader waits until the other side has caught up
    expect(posted).toEqual([1, 2, 3]);
    expect(third).toBe(false);
    sender.ack();
    await waiting;
    expect(third).toBe(true);
    sender.ack();
    sender.ack();
    await sender.send(4);
    expect(posted).toEqual([1, 2, 3, 4]);
  });
});

describe("pausableDeadline", () => {
  afterEach(() => vi.useRealTimers());

  it("counts only the time it is not paused, and never fires once cleared", () => {
    vi.useFakeTimers();
    const expire = vi.fn();
    const deadline = pausableDeadline(1000, expire);
    vi.advanceTimersByTime(600);
    deadline.pause();
    vi.advanceTimersByTime(5000);
    expect(expire).not.toHaveBeenCalled();
    deadline.resume();
    vi.advanceTimersByTime(399);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);

    const other = vi.fn();
    const cleared = pausableDeadline(1000, other);
    cleared.pause();
    cleared.clear();
    cleared.resume();
    vi.advanceTimersByTime(5000);
    expect(other).not.toHaveBeenCalled();
  });
});
