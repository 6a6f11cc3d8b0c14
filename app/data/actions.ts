"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deletePending, findRoundByCode, getPending, insertPending } from "@/db/queries/surveys";
import { authorizedAction } from "@/lib/actions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { commitImport } from "@/lib/surveys/import-service";
import { fileHash } from "@/lib/surveys/plan";
import { newRoundSchema, type NewRoundInput } from "@/lib/surveys/round-schema";

const MAX_BYTES = 25 * 1024 * 1024;

const uploadSchema = z
  .object({
    kind: z.enum(["respondents", "clusters", "pktd"], "kind"),
    existingRound: z.string().trim().optional(),
    code: z.string().optional(),
    name: z.string().optional(),
    periodStart: z.string().optional(),
    periodEnd: z.string().optional(),
    regionCode: z.string().optional(),
    source: z.string().optional(),
    licence: z.string().optional(),
    rubricVersion: z.string().optional(),
  })
  .transform((v, ctx) => {
    if (v.kind === "pktd") return { kind: v.kind, round: null };
    if (v.existingRound) return { kind: v.kind, round: { code: v.existingRound } as { code: string } | NewRoundInput };
    const round = newRoundSchema.safeParse(v);
    if (!round.success) {
      for (const issue of round.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { kind: v.kind, round: round.data as { code: string } | NewRoundInput };
  });

/** Step 1: keep the uploaded file and show what it would do. Nothing is imported yet. */
export const uploadImportAction = authorizedAction(
  { permission: "pktd:import", schema: uploadSchema },
  async ({ tx, input, user, formData }) => {
    if (input.kind !== "pktd" && !can(user, "survey:import")) throw new AppError("forbidden");
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("invalid", "file_missing");
    if (file.size > MAX_BYTES) throw new AppError("invalid", "file_too_large");
    if (input.round && "name" in input.round && (await findRoundByCode(tx, input.round.code))) throw new AppError("conflict", "round_exists");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const id = await insertPending(tx, {
      kind: input.kind,
      fileName: file.name.slice(0, 255) || "upload",
      fileSha256: fileHash(bytes),
      bytes,
      round: input.round,
      actorId: user.id,
    });
    return { redirectTo: `/data/imports/${id}` };
  },
);

const commitSchema = z.object({ id: z.string().uuid("invalid"), mode: z.enum(["all", "valid_only"], "invalid") });

/** Step 2: the import itself, all or nothing, in this one transaction with its audit row. */
export const commitImportAction = authorizedAction({ permission: "pktd:import", schema: commitSchema }, async ({ tx, input, user, audit }) => {
  const pending = await getPending(tx, input.id, user.id);
  if (!pending) throw new AppError("not_found");
  if (pending.kind !== "pktd" && !can(user, "survey:import")) throw new AppError("forbidden");
  const round = pending.round as { code: string } | NewRoundInput | null;
  const result = await commitImport(tx, { kind: pending.kind, fileName: pending.fileName, bytes: pending.bytes, mode: input.mode, round, actor: user });
  await deletePending(tx, pending.id);
  await audit({
    action: `import.${pending.kind}`,
    entityType: "import",
    entityId: String(result.importId),
    after: {
      round: round?.code ?? null,
      file: pending.fileName,
      sha256: pending.fileSha256,
      mode: input.mode,
      ...result.analysis.plan,
      rejected: result.analysis.rejected.length,
      clustersCreated: result.analysis.clustersToCreate.length,
    },
  });
  revalidatePath("/data");
  return { redirectTo: round ? `/data/rounds/${encodeURIComponent(round.code)}?imported=${result.importId}` : `/data/pktd?imported=${result.importId}` };
});
