import { describe, expect, it } from "vitest";
import { boundedSender } from "./bounded-sender";

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
