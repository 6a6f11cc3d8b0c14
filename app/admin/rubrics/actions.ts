"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getRubricVersion, insertRubricVersion, updateRubricDefinition } from "@/db/queries/scores";
import { listAllRounds } from "@/db/queries/surveys";
import { authorizedAction } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { rubricWith, validateRubric, type Rubric, type VariableName } from "@/lib/scoring/rubric";
import { rescoreRound } from "@/services/rescore";

const versionName = z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{2,40}$/, "rubric_version");

export const copyRubricAction = authorizedAction(
  { permission: "rubric:manage", schema: z.object({ from: versionName, version: versionName, label: z.string().trim().min(1, "required").max(120, "too_long") }) },
  async ({ tx, input, user, audit }) => {
    const source = await getRubricVersion(tx, input.from);
    if (!source) throw new AppError("not_found", "rubric_missing");
    if (await getRubricVersion(tx, input.version)) throw new AppError("conflict", "rubric_exists");
    const definition: Rubric = { ...source.definition, version: input.version, label: { id: input.label, en: input.label } };
    await insertRubricVersion(tx, { version: input.version, label: input.label, basedOn: source.version, definition, locked: false, createdBy: user.id });
    await audit({ action: "rubric.copy", entityType: "rubric", entityId: input.version, after: { basedOn: source.version, label: input.label } });
    revalidatePath("/admin/rubrics");
    return { redirectTo: `/admin/rubrics/${encodeURIComponent(input.version)}` };
  },
);

const num = z.coerce.number("invalid").refine(Number.isFinite, "invalid");
const VARIABLES: VariableName[] = ["institution", "activity", "performance", "connectivity"];

/** Weights, cut-offs and level scores of an unlocked version; the whole rubric is re-validated. */
export const updateRubricAction = authorizedAction(
  {
    permission: "rubric:manage",
    schema: z.looseObject({
      version: versionName,
      weight_institution: num,
      weight_activity: num,
      weight_performance: num,
      weight_connectivity: num,
      cutoff_rintisan: num,
      cutoff_matang: num,
    }),
  },
  async ({ tx, input, audit }) => {
    const row = await getRubricVersion(tx, input.version);
    if (!row) throw new AppError("not_found", "rubric_missing");
    if (row.locked) throw new AppError("invalid", "rubric_locked");
    const before = row.definition;
    const levels: Record<string, Record<string, number>> = {};
    for (const [key, value] of Object.entries(input)) {
      const m = /^level__(.+)__(.+)$/.exec(key);
      if (!m) continue;
      const n = Number(value);
      if (!Number.isFinite(n)) throw new AppError("invalid", "rubric_invalid");
      (levels[m[1]!] ??= {})[m[2]!] = n;
    }
    const next = rubricWith(before, {
      weights: Object.fromEntries(VARIABLES.map((v) => [v, input[`weight_${v}`] as number])),
      cutoffs: { rintisan: input.cutoff_rintisan, matang: input.cutoff_matang },
      levels,
    });
    const checked = validateRubric(next);
    if (!checked.ok) throw new AppError("invalid", `rubric_${checked.issues[0]?.key ?? "invalid"}`);
    await updateRubricDefinition(tx, input.version, checked.rubric);
    const summary = (r: Rubric) => ({ weights: Object.fromEntries(r.variables.map((v) => [v.name, v.weight])), cutoffs: r.cutoffs });
    await audit({ action: "rubric.update", entityType: "rubric", entityId: input.version, before: summary(before), after: summary(checked.rubric) });
    revalidatePath(`/admin/rubrics/${input.version}`);
    return { message: "rubrics.savedRescore" };
  },
);

/** Scores every round under this version, so it can be compared with the others. */
export const rescoreRubricAction = authorizedAction(
  { permission: "rubric:manage", schema: z.object({ version: versionName }) },
  async ({ tx, input, audit }) => {
    if (!(await getRubricVersion(tx, input.version))) throw new AppError("not_found", "rubric_missing");
    const results = [];
    for (const round of await listAllRounds(tx)) results.push(await rescoreRound(tx, round.id, input.version));
    await audit({
      action: "rubric.rescore",
      entityType: "rubric",
      entityId: input.version,
      after: { rounds: results.length, unitsChanged: results.reduce((s, r) => s + r.changed, 0) },
    });
    revalidatePath("/scores");
    return { message: "rubrics.rescored" };
  },
);
