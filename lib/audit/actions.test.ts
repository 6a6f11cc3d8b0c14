import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import auditEn from "@/messages/audit.en.json";
import auditId from "@/messages/audit.id.json";
import { AUDIT_ACTIONS } from "./actions";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes("node_modules"))
    .map((f) => path.join(full, f));
}

/** Every `action: "group.verb"` (or a `group.${…}` template) written in the code base. */
function actionsInCode(): { file: string; action: string }[] {
  const found: { file: string; action: string }[] = [];
  for (const file of ["app", "lib", "db", "services", "scripts"].flatMap(sourceFiles)) {
    for (const m of readFileSync(file, "utf8").matchAll(/\baction:\s*["'`]([a-z_]+\.[^"'`]*)["'`]/g)) found.push({ file: path.relative(ROOT, file), action: m[1]! });
  }
  return found;
}

function labelOf(messages: { auditActions: Record<string, Record<string, string>> }, action: string): string | undefined {
  const [group, verb] = action.split(".");
  return messages.auditActions[group!]?.[verb!];
}

describe("audit actions", () => {
  it("every action in the list has a label in Bahasa Indonesia and English", () => {
    const missing = AUDIT_ACTIONS.flatMap((a) => [
      ...(labelOf(auditId, a) ? [] : [`id: ${a}`]),
      ...(labelOf(auditEn, a) ? [] : [`en: ${a}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("no label is left over for an action that no longer exists", () => {
    for (const messages of [auditId, auditEn]) {
      const labelled = Object.entries(messages.auditActions).flatMap(([group, verbs]) => Object.keys(verbs).map((v) => `${group}.${v}`));
      expect(labelled.sort()).toEqual([...AUDIT_ACTIONS].sort());
    }
  });

  it("every action string written in the code base is in the list", () => {
    const used = actionsInCode();
    // the scan must see the actions the portal writes, or it proves nothing
    expect(used.length).toBeGreaterThanOrEqual(10);
    const unknown = used.filter(({ action }) => {
      if (!action.includes("${")) return !(AUDIT_ACTIONS as readonly string[]).includes(action);
      const pattern = new RegExp(`^${action.replace(/\./g, "\\.").replace(/\$\{[^}]*\}/g, "[a-z_]+")}$`);
      return !AUDIT_ACTIONS.some((a) => pattern.test(a));
    });
    expect(unknown).toEqual([]);
  });
});
