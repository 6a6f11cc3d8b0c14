import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { RESPONDENT_ROW } from "@/lib/import/fixture-rows";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** `npm run cli -- …` as one node process (no npm or tsx wrapper), so a signal reaches the process doing the work. */
export function startCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/**
 * A respondents CSV of `rows` valid rows over the given villages, one cluster per village
 * (so every cluster lives in one regency); `variant` changes the IR answers, so a second
 * file changes every respondent and every score.
 */
export function writeRespondentsFile(file: string, rows: number, villages: string[], variant = 0, prefix = "F") {
  const header = Object.keys(RESPONDENT_ROW);
  const lines = [header.join(",")];
  for (let i = 0; i < rows; i++) {
    const v = i % villages.length;
    const r: Record<string, string> = {
      ...RESPONDENT_ROW,
      respondent_id: `${prefix}-${i}`,
      village_code: villages[v]!,
      cluster_code: `K-${v}`,
      ir_continuity: String((i + variant) % 4),
      ir_capital: String((i + 2 * variant) % 4),
      ir_market: String((i >> 1) % 4),
    };
    lines.push(header.map((h) => r[h]).join(","));
  }
  writeFileSync(file, lines.join("\n") + "\n");
}

export async function sleep(ms: number) {
  await new Promise((r) => setTimeout(r, ms));
}

/** Polls until `check` answers true (or throws after `seconds`). */
export async function waitFor(what: string, check: () => Promise<boolean>, seconds = 60, everyMs = 20) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(everyMs);
  }
  throw new Error(`timed out waiting for ${what}`);
}
