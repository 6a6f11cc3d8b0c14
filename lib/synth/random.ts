import { seededRandom } from "@/lib/candidates/random";

export type Random = () => number;

/** FNV-1a of the seed and a key: every village (or region) draws from its own stream. */
export function streamSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const streamOf = (seed: number, key: string): Random => seededRandom(streamSeed(seed, key));

/** A standard normal deviate (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
export const between = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
