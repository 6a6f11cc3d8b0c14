import type { DbOrTx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import {
  getBriefInScope,
  getBriefVersion,
  insertBrief,
  insertBriefEvent,
  insertBriefVersion,
  setBriefState,
} from "@/db/queries/briefs";
import { findRoundById, getRoundInScope } from "@/db/queries/surveys";
import type { BriefRow, BriefVersionKind } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import { buildBrief } from "@/lib/briefs/build";
import { parseBriefDocument, type BriefDocument, type SectionKey } from "@/lib/briefs/document";
import { markdownProblems } from "@/lib/briefs/markdown";
import { mergeRegenerated } from "@/lib/briefs/regenerate";
import { BRIEF_TRANSITIONS, mayEdit, mayTransition, type BriefAction } from "@/lib/briefs/workflow";
import type { AuditAction } from "@/lib/audit/actions";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { loadBriefInput, type UnitRef } from "./brief-input";

/** Who acts: the signed-in user, or the CLI (id null). */
export type BriefActor = Actor & { id: number | null; username: string; displayName?: string; ip?: string };

const audit = (tx: DbOrTx, actor: BriefActor, action: AuditAction, briefId: number, before: unknown, after: unknown) =>
  insertAudit(tx, { actorId: actor.id, actorUsername: actor.username, ip: actor.ip ?? "local", action, entityType: "brief", entityId: String(briefId), before, after });

/** The brief for a change: in scope (else not found), locked, and the current version's document. */
async function forChange(tx: DbOrTx, actor: BriefActor, briefId: number) {
  const brief = await getBriefInScope(tx, actor, briefId, true);
  if (!brief || !can(actor, "brief:view", brief.regionCode)) throw new AppError("not_found");
  const row = await getBriefVersion(tx, brief.id, brief.currentVersion);
  if (!row) throw new AppError("not_found");
  return { brief, document: parseBriefDocument(row.document) };
}

function requireDraft(actor: BriefActor, brief: BriefRow) {
  if (!can(actor, "brief:write", brief.regionCode)) throw new AppError("forbidden");
  if (!mayEdit(actor, brief.status, brief.regionCode)) throw new AppError("conflict", "brief_wrong_status");
}

async function addVersion(tx: DbOrTx, actor: BriefActor, brief: BriefRow, kind: BriefVersionKind, document: BriefDocument, detail: unknown, status = brief.status) {
  const version = brief.currentVersion + 1;
  await insertBriefVersion(tx, { briefId: brief.id, version, kind, document, detail, authorId: actor.id, authorUsername: actor.username });
  await setBriefState(tx, brief.id, { currentVersion: version, status });
  return version;
}

/** Generates a new brief (version 1, draft) from the unit's stored scores. */
export async function generateBrief(
  tx: DbOrTx,
  actor: BriefActor,
  q: { unit: UnitRef; roundCode: string; rubricVersion?: string; lang: Locale; now?: Date },
): Promise<{ id: number }> {
  if (!can(actor, "brief:write")) throw new AppError("forbidden");
  const round = await getRoundInScope(tx, actor, q.roundCode);
  if (!round) throw new AppError("not_found");
  const rubricVersion = q.rubricVersion ?? round.rubricVersion;
  const { input, regionCode, unitName } = await loadBriefInput(tx, actor, {
    unit: q.unit,
    round,
    rubricVersion,
    lang: q.lang,
    author: actor.displayName ?? actor.username,
    now: q.now ?? new Date(),
  });
  if (!can(actor, "brief:write", regionCode)) throw new AppError("not_found");
  const document = buildBrief(input);
  const id = await insertBrief(tx, {
    unitType: q.unit.type,
    unitCode: q.unit.code,
    unitName,
    regionCode,
    roundId: round.id,
    rubricVersion,
    language: q.lang,
    status: "draft",
    currentVersion: 1,
    createdBy: actor.id,
  });
  await insertBriefVersion(tx, { briefId: id, version: 1, kind: "generated", document, detail: null, authorId: actor.id, authorUsername: actor.username });
  await audit(tx, actor, "brief.generate", id, null, { unit: `${q.unit.type}:${q.unit.code}`, round: round.code, rubric: rubricVersion, lang: q.lang, version: 1 });
  return { id };
}

/** Saves one section's heading and text as a new version of a draft. */
export async function editBriefSection(
  tx: DbOrTx,
  actor: BriefActor,
  q: { briefId: number; baseVersion: number; section: SectionKey; heading: string; body: string },
): Promise<{ version: number }> {
  const { brief, document } = await forChange(tx, actor, q.briefId);
  requireDraft(actor, brief);
  // someone saved in between: refuse rather than overwrite her text
  if (q.baseVersion !== brief.currentVersion) throw new AppError("conflict");
  if (markdownProblems(q.body).length || markdownProblems(q.heading).length) throw new AppError("invalid", "brief_unsafe_markdown");
  const old = document.sections.find((s) => s.key === q.section);
  if (!old) throw new AppError("invalid");
  const sections = document.sections.map((s) => (s.key === q.section ? { ...s, heading: q.heading.trim(), body: q.body.trim(), edited: q.body.trim() !== s.generated } : s));
  const version = await addVersion(tx, actor, brief, "edited", { ...document, sections }, { section: q.section });
  await audit(tx, actor, "brief.edit", brief.id, { version: brief.currentVersion, section: q.section, heading: old.heading, body: old.body }, { version, section: q.section, heading: q.heading.trim(), body: q.body.trim() });
  return { version };
}

/** A workflow step (submit, send back, approve, publish, reopen), refused unless role, region and status allow it. */
export async function transitionBrief(tx: DbOrTx, actor: BriefActor, q: { briefId: number; action: BriefAction; comment?: string }): Promise<{ status: string }> {
  const { brief, document } = await forChange(tx, actor, q.briefId);
  const tr = BRIEF_TRANSITIONS[q.action];
  if (!can(actor, tr.permission, brief.regionCode)) throw new AppError("forbidden");
  if (!mayTransition(actor, q.action, brief.status, brief.regionCode)) throw new AppError("conflict", "brief_wrong_status");
  const comment = q.comment?.trim() || null;
  if (tr.comment === "required" && !comment) throw new AppError("invalid", "brief_comment_required");
  let version = brief.currentVersion;
  if (q.action === "reopen") {
    // the published version stays as it is; the draft continues in a copy
    version = await addVersion(tx, actor, brief, "reopened", document, { from: brief.currentVersion }, tr.to);
  } else {
    await setBriefState(tx, brief.id, { status: tr.to, ...(q.action === "publish" ? { publishedVersion: brief.currentVersion } : {}) });
  }
  await insertBriefEvent(tx, { briefId: brief.id, action: q.action, fromStatus: brief.status, toStatus: tr.to, version, comment, actorId: actor.id, actorUsername: actor.username });
  await audit(tx, actor, `brief.${q.action}`, brief.id, { status: brief.status, version: brief.currentVersion }, { status: tr.to, version, comment });
  return { status: tr.to };
}

/** Makes an earlier version the current text again, as a new version (history is never rewritten). */
export async function restoreBriefVersion(tx: DbOrTx, actor: BriefActor, q: { briefId: number; version: number }): Promise<{ version: number }> {
  const { brief } = await forChange(tx, actor, q.briefId);
  requireDraft(actor, brief);
  const source = await getBriefVersion(tx, brief.id, q.version);
  if (!source) throw new AppError("not_found");
  const version = await addVersion(tx, actor, brief, "restored", parseBriefDocument(source.document), { from: q.version });
  await audit(tx, actor, "brief.restore", brief.id, { version: brief.currentVersion }, { version, from: q.version });
  return { version };
}

/** Rebuilds the brief from the latest stored scores, keeping edited text where no number moved. */
export async function regenerateBrief(tx: DbOrTx, actor: BriefActor, q: { briefId: number; now?: Date }) {
  const { brief, document } = await forChange(tx, actor, q.briefId);
  requireDraft(actor, brief);
  const round = await findRoundById(tx, brief.roundId);
  if (!round) throw new AppError("not_found");
  const { input } = await loadBriefInput(tx, actor, {
    unit: { type: brief.unitType, code: brief.unitCode },
    round,
    rubricVersion: brief.rubricVersion,
    lang: brief.language,
    author: document.author,
    now: q.now ?? new Date(),
  });
  const merged = mergeRegenerated(document, buildBrief(input));
  const version = await addVersion(tx, actor, brief, "regenerated", merged.document, { changes: merged.changes, kept: merged.kept });
  await audit(tx, actor, "brief.regenerate", brief.id, { version: brief.currentVersion }, { version, changes: merged.changes.length, kept: merged.kept });
  return { version, changes: merged.changes, kept: merged.kept };
}
