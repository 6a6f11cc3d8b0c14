import { describe, expect, it } from "vitest";
import { nearestPeers, profileDistance, type PeerCandidate, type Profile } from "./peers";

// Three indicators on the rubric's 1-3 scale; distances worked out by hand.
const target: PeerCandidate = { key: "A", profile: { x: 1, y: 2, z: 3 } };
const table: PeerCandidate[] = [
  target,
  { key: "B", profile: { x: 1, y: 2, z: 3 } }, // identical: 0
  { key: "C", profile: { x: 2, y: 2, z: 3 } }, // one off by 1: sqrt(1/3) ≈ 0.577
  { key: "D", profile: { x: 3, y: 3, z: 1 } }, // sqrt((4+1+4)/3) = sqrt(3) ≈ 1.732
  { key: "E", profile: { x: 1, y: null, z: 2 } }, // y missing: sqrt(1/2) ≈ 0.707 over 2 shared
  { key: "F", profile: { x: null, y: null, z: null } }, // nothing shared: never a peer
  { key: "G", profile: { x: 1, y: 3, z: 3 } }, // tie with C at sqrt(1/3); G after C by key
  { key: "H", profile: { x: 3, y: 1, z: 2 } }, // sqrt((4+1+1)/3) = sqrt(2) ≈ 1.414
];

describe("profileDistance", () => {
  it.each<{ a: Profile; b: Profile; want: { distance: number; shared: number } | null }>([
    { a: { x: 1, y: 2 }, b: { x: 1, y: 2 }, want: { distance: 0, shared: 2 } },
    { a: { x: 1, y: 3 }, b: { x: 3, y: 1 }, want: { distance: 2, shared: 2 } },
    { a: { x: 1, y: null }, b: { x: 2, y: 3 }, want: { distance: 1, shared: 1 } },
    { a: { x: 1 }, b: { y: 1 }, want: null },
    { a: { x: null }, b: { x: 2 }, want: null },
  ])("$a vs $b", ({ a, b, want }) => {
    const got = profileDistance(a, b);
    if (want === null) expect(got).toBeNull();
    else expect(got).toEqual({ distance: expect.closeTo(want.distance, 9), shared: want.shared });
  });
});

describe("nearestPeers on a small table", () => {
  it("the five nearest, nearest first, ties broken by key, without the place itself", () => {
    const peers = nearestPeers(target, table, 5);
    expect(peers.map((p) => p.key)).toEqual(["B", "C", "G", "E", "H"]);
    expect(peers.map((p) => Number(p.distance.toFixed(3)))).toEqual([0, 0.577, 0.577, 0.707, 1.414]);
    expect(peers.find((p) => p.key === "E")?.shared).toBe(2);
  });

  it("fewer than k when fewer units share indicators; none for an empty round", () => {
    expect(nearestPeers(target, table, 10).map((p) => p.key)).toEqual(["B", "C", "G", "E", "H", "D"]);
    expect(nearestPeers(target, [target], 5)).toEqual([]);
    expect(nearestPeers(target, table, 0)).toEqual([]);
  });

  it("a minimum of shared indicators drops thinly answered units", () => {
    expect(nearestPeers(target, table, 10, 3).map((p) => p.key)).toEqual(["B", "C", "G", "H", "D"]);
  });
});
