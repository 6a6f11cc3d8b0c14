/** A unit's indicator profile: indicator name → level score (1-3), null when nobody answered. */
export type Profile = Readonly<Record<string, number | null>>;

export type PeerCandidate = { key: string; profile: Profile };
export type Peer = { key: string; distance: number; /** indicators both units have */ shared: number };

/**
 * Root-mean-square difference over the indicators both profiles have (same 1-3 scale, so no
 * rescaling); null when they share none. Missing indicators are left out, never read as 0.
 */
export function profileDistance(a: Profile, b: Profile): { distance: number; shared: number } | null {
  let sum = 0;
  let shared = 0;
  for (const [name, x] of Object.entries(a)) {
    const y = b[name];
    if (x === null || y === null || y === undefined) continue;
    sum += (x - y) ** 2;
    shared++;
  }
  return shared === 0 ? null : { distance: Math.sqrt(sum / shared), shared };
}

/**
 * The `k` units nearest to `target` on their indicator profiles, nearest first; ties by key.
 * The target itself and units sharing fewer than `minShared` indicators with it are skipped.
 */
export function nearestPeers(target: PeerCandidate, candidates: readonly PeerCandidate[], k = 5, minShared = 1): Peer[] {
  const peers: Peer[] = [];
  for (const c of candidates) {
    if (c.key === target.key) continue;
    const d = profileDistance(target.profile, c.profile);
    if (d && d.shared >= minShared) peers.push({ key: c.key, ...d });
  }
  return peers.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, Math.max(0, k));
}
