"use server";

import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { deleteStaleStaging } from "@/db/queries/import-staging";
import { deletePending, deleteStalePending, findRoundByCode, getPending, insertPending } from "@/db/queries/surveys";
import { authorizedAction } from "@/lib/actions";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { BUDGET } from "@/lib/import/budgets";
import type { ParsedFile } from "@/lib/import/parse-file";
import { commitImport, parseAndStageUpload, stageImport } from "@/services/import";
import { newRoundSchema, type NewRoundInput } from "@/lib/surveys/round-schema";

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

/**
 * Step 1: read the uploaded file once (in a worker thread, before any transaction), stage its
 * rows, keep what it says with the pending upload and show the preview. Nothing is imported yet.
 */
export const uploadImportAction = authorizedAction(
  {
    permission: "pktd:import",
    schema: uploadSchema,
    prepare: async ({ input, user, formData }) => {
      if (input.kind !== "pktd" && !can(user, "survey:import")) throw new AppError("forbidden");
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) throw new AppError("invalid", "file_missing");
      if (file.size > BUDGET.maxFileMb * 1024 * 1024) throw new AppError("invalid", "file_too_large");
      const fileName = file.name.slice(0, 255) || "upload";
      // streamed to a temporary file, hashed on the way: the parse worker reads it from disk
      const dir = await mkdtemp(path.join(os.tmpdir(), "portal-upload-"));
      try {
        const filePath = path.join(dir, "upload");
        const hash = createHash("sha256");
        const hashing = new Transform({ transform: (chunk: Buffer, _enc, done) => done(null, hash.update(chunk) && chunk) });
        await pipeline(Readable.fromWeb(file.stream() as WebReadableStream), hashing, createWriteStream(filePath));
        const db = await getDb();
        await deleteStaleStaging(db);
        const parsed = await parseAndStageUpload(db, input.kind, fileName, { path: filePath, size: file.size });
        return { sha256: hash.digest("hex"), fileName, parsed };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  async ({ tx, input, user, prepared }) => {
    if (input.round && "name" in input.round && (await findRoundByCode(tx, input.round.code))) throw new AppError("conflict", "round_exists");
    await deleteStalePending(tx);
    const id = await insertPending(tx, {
      kind: input.kind,
      fileName: prepared.fileName,
      fileSha256: prepared.sha256,
      parsed: prepared.parsed,
      round: input.round,
      actorId: user.id,
    });
    return { redirectTo: `/data/imports/${id}` };
  },
);

const commitSchema = z.object({ id: z.string().uuid("invalid"), mode: z.enum(["all", "valid_only"], "invalid"), token: z.string().min(1, "invalid") });

/**
 * Step 2: the import, all or nothing, in one transaction with its audit row: the rows staged at
 * upload (or now, before the transaction, for an upload that was not) merged in one statement.
 */
export const commitImportAction = authorizedAction(
  {
    permission: "pktd:import",
    schema: commitSchema,
    prepare: async ({ input, user }) => {
      const db = await getDb();
      const pending = await getPending(db, input.id, user.id);
      if (!pending?.parsed) throw new AppError("not_found");
      if (pending.kind !== "pktd" && !can(user, "survey:import")) throw new AppError("forbidden");
      return { pending, staged: await stageImport(db, pending.kind, pending.parsed as ParsedFile) };
    },
  },
  // a second click that staged the same upload is refused by the preview token: the plan has changed
  async ({ tx, user, input, audit, prepared: { pending, staged } }) => {
    const round = pending.round as { code: string } | NewRoundInput | null;
    const result = await commitImport(tx, {
      kind: pending.kind,
      fileName: pending.fileName,
      parsed: { file: pending.parsed as ParsedFile, sha256: pending.fileSha256 },
      mode: input.mode,
      round,
      actor: user,
      previewToken: input.token,
      staged,
    });
    await deletePending(tx, pending.id);
    await deleteStalePending(tx);
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
  },
);
