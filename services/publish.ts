import { randomBytes } from "node:crypto";
import type { DbOrTx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import {
  freezeVersion,
  getPublication,
  insertPublication,
  insertVersion,
  setVersionStatus,
  slugTaken,
  updateDraft,
} from "@/db/queries/publications";
import { listSnapshots } from "@/db/queries/scores";
import { findRoundById, getRoundInScope, listRespondentAnswers } from "@/db/queries/surveys";
import type { PublicationVersion } from "@/db/schema";
import { can, type Actor } from "@/lib/auth/permissions";
import type { AuditAction } from "@/lib/audit/actions";
import { AppError } from "@/lib/errors";
import { recordsToCsv } from "@/lib/import/export-csv";
import { indicatorField } from "@/lib/indicators/fields";
import { indicatorTable, withIrClass } from "@/lib/indicators/tables";
import { ANONYMISED_FIELDS, anonymiseRespondents } from "@/lib/publish/anonymise";
import { apaCitation, bibtexCitation } from "@/lib/publish/citation";
import { DICTIONARY_FIELDS, dataDictionary } from "@/lib/publish/dictionary";
import { LICENCE_NAMES, type FigureSpec, type PublicationDraft } from "@/lib/publish/publication-schema";
import { canonicalJson, sha256Hex, type FrozenFigure, type PublishedSnapshot } from "@/lib/publish/snapshot";
import { getRubricVersion } from "@/db/queries/scores";
import { toScoresJson } from "@/lib/scoring/scores-json";

export type PublishActor = Actor & { id: number; username: string };

const PUBLISHER = "Portal Klaster Industri Rumahan";

function audit(tx: DbOrTx, actor: PublishActor, action: AuditAction, slug: string, before: unknown, after: unknown, ip: string) {
  return insertAudit(tx, { action, entityType: "publication", entityId: slug, before, after, actorId: actor.id, actorUsername: actor.username, ip });
}

function assertWriter(actor: PublishActor) {
  if (!can(actor, "publication:write")) throw new AppError("forbidden");
}

/** The publication if the actor owns it (administrators: any); otherwise "not found". */
async function ownPublication(tx: DbOrTx, actor: PublishActor, slug: string) {
  const p = await getPublication(tx, slug);
  if (!p || (actor.role !== "administrator" && p.ownerId !== actor.id)) throw new AppError("not_found", "publication_missing");
  return p;
}

async function roundIdFor(tx: DbOrTx, actor: PublishActor, code: string | undefined): Promise<number | null> {
  if (!code) return null;
  const round = await getRoundInScope(tx, actor, code);
  if (!round) throw new AppError("not_found", "round_missing");
  return round.id;
}

function draftColumns(draft: PublicationDraft, roundId: number | null) {
  return {
    title: draft.title,
    authors: draft.authors,
    abstract: draft.abstract,
    body: draft.body,
    figures: draft.figures,
    roundId,
    includeDataset: draft.includeDataset,
    licence: draft.licence,
  };
}

/** A new publication and its first version, as a draft of its author. */
export async function createPublication(tx: DbOrTx, actor: PublishActor, slug: string, draft: PublicationDraft, ip = "local") {
  assertWriter(actor);
  if (await slugTaken(tx, slug)) throw new AppError("conflict", "publication_slug_taken");
  const roundId = await roundIdFor(tx, actor, draft.roundCode);
  const p = await insertPublication(tx, { slug, ownerId: actor.id });
  await insertVersion(tx, { publicationId: p.id, version: 1, status: "draft", createdBy: actor.id, ...draftColumns(draft, roundId) });
  await audit(tx, actor, "publication.create", slug, null, { version: 1, title: draft.title }, ip);
}

function latestDraft(versions: PublicationVersion[]): PublicationVersion {
  const latest = versions[0];
  if (!latest || latest.status !== "draft") throw new AppError("conflict", "publication_not_draft");
  return latest;
}

/** Saves the latest version while it is a draft; a published version is never changed. */
export async function saveDraft(tx: DbOrTx, actor: PublishActor, slug: string, draft: PublicationDraft, ip = "local") {
  assertWriter(actor);
  const p = await ownPublication(tx, actor, slug);
  const version = latestDraft(p.versions);
  const roundId = await roundIdFor(tx, actor, draft.roundCode);
  if (!(await updateDraft(tx, version.id, draftColumns(draft, roundId)))) throw new AppError("conflict", "publication_not_draft");
  await audit(tx, actor, "publication.save", slug, { version: version.version, title: version.title }, { version: version.version, title: draft.title }, ip);
}

async function freezeFigure(tx: DbOrTx, actor: PublishActor, figure: FigureSpec, round: { id: number; code: string; rubricVersion: string }, records: Record<string, unknown>[]): Promise<FrozenFigure> {
  if (figure.kind === "indicator") {
    const field = indicatorField(figure.field)!;
    const rubric = await getRubricVersion(tx, round.rubricVersion);
    if (!rubric) throw new AppError("not_found", "rubric_missing");
    const rows = withIrClass(records, rubric.definition.irClasses);
    return { kind: "indicator", field: figure.field, tables: { id: indicatorTable(rows, field, "id"), en: indicatorTable(rows, field, "en") } };
  }
  const snapshots = await listSnapshots(tx, actor, { roundId: round.id, version: round.rubricVersion, unitType: figure.unit });
  return {
    kind: "scores",
    unit: figure.unit,
    rows: snapshots.map((s) => toScoresJson({ unit: figure.unit, code: s.unitCode, name: s.unitName }, s.result.score, s.result.policySupport, round.rubricVersion, round.code)),
  };
}

/**
 * Publishes the latest draft: freezes figures as data, writes the anonymised dataset and its
 * dictionary through the export CSV writer, fixes the citation, checksums all of it, and marks the
 * previous published version superseded. `siteUrl` is the portal's public address.
 */
export async function publishPublication(tx: DbOrTx, actor: PublishActor, slug: string, siteUrl: string, now = new Date(), ip = "local") {
  assertWriter(actor);
  const p = await ownPublication(tx, actor, slug);
  const draft = latestDraft(p.versions);
  const round = draft.roundId ? await findRoundById(tx, draft.roundId) : null;
  if (draft.roundId && (!round || round.status !== "published")) throw new AppError("conflict", "publication_round_not_published");
  const figures = draft.figures as FigureSpec[];
  if (!round && (figures.length > 0 || draft.includeDataset)) throw new AppError("invalid", "publication_round_not_published");

  const answers = round ? await listRespondentAnswers(tx, actor, round.id) : [];
  const records = answers.map((a) => a.answers as Record<string, unknown>);
  const frozen: FrozenFigure[] = [];
  for (const f of figures) frozen.push(await freezeFigure(tx, actor, f, round!, records));

  let dataset: { csv: Uint8Array; dictionary: Uint8Array } | null = null;
  if (round && draft.includeDataset) {
    const rows = anonymiseRespondents(answers.map((a) => ({ answers: a.answers as Record<string, unknown>, villageCode: a.villageCode })), () => randomBytes(6).toString("hex"));
    const bytes = (text: string) => new TextEncoder().encode(text);
    dataset = { csv: bytes(recordsToCsv(ANONYMISED_FIELDS, rows)), dictionary: bytes(recordsToCsv(DICTIONARY_FIELDS, dataDictionary(ANONYMISED_FIELDS))) };
  }
  const year = Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Jakarta" }).format(now));
  const licence = LICENCE_NAMES[draft.licence as keyof typeof LICENCE_NAMES]?.name ?? draft.licence;
  const cite = {
    authors: draft.authors,
    year,
    title: draft.title,
    version: draft.version,
    publisher: PUBLISHER,
    url: `${siteUrl.replace(/\/$/, "")}/public/publications/${slug}?version=${draft.version}`,
    licence,
    kind: dataset ? ("dataset" as const) : ("report" as const),
  };
  const datasetSha256 = dataset ? sha256Hex(dataset.csv) : null;
  const dictionarySha256 = dataset ? sha256Hex(dataset.dictionary) : null;
  const snapshot: PublishedSnapshot = {
    slug,
    version: draft.version,
    title: draft.title,
    authors: draft.authors,
    abstract: draft.abstract,
    body: draft.body,
    figures: frozen,
    round: round
      ? { code: round.code, name: round.name, periodStart: round.periodStart, periodEnd: round.periodEnd, rubricVersion: round.rubricVersion, origin: round.origin }
      : null,
    licence: draft.licence,
    citation: { apa: apaCitation(cite), bibtex: bibtexCitation(cite) },
    dataset: dataset ? { rows: answers.length, columns: ANONYMISED_FIELDS.map((f) => f.name), sha256: datasetSha256!, dictionarySha256: dictionarySha256! } : null,
    publishedAt: now.toISOString(),
  };
  const sha256 = sha256Hex(canonicalJson(snapshot));
  for (const v of p.versions) if (v.status === "published") await setVersionStatus(tx, v.id, "superseded", null);
  const ok = await freezeVersion(tx, draft.id, {
    snapshot,
    sha256,
    datasetCsv: dataset?.csv ?? null,
    datasetSha256,
    dictionaryCsv: dataset?.dictionary ?? null,
    dictionarySha256,
  });
  if (!ok) throw new AppError("conflict", "publication_not_draft");
  await audit(tx, actor, "publication.publish", slug, { status: "draft", version: draft.version }, { status: "published", version: draft.version, sha256, datasetSha256 }, ip);
  return { sha256, version: draft.version };
}

/** A new draft version copied from the latest one (published, superseded or withdrawn). */
export async function newVersion(tx: DbOrTx, actor: PublishActor, slug: string, ip = "local") {
  assertWriter(actor);
  const p = await ownPublication(tx, actor, slug);
  const latest = p.versions[0]!;
  if (latest.status === "draft") throw new AppError("conflict", "publication_status_move");
  await insertVersion(tx, {
    publicationId: p.id,
    version: latest.version + 1,
    status: "draft",
    createdBy: actor.id,
    title: latest.title,
    authors: latest.authors,
    abstract: latest.abstract,
    body: latest.body,
    figures: latest.figures,
    roundId: latest.roundId,
    includeDataset: latest.includeDataset,
    licence: latest.licence,
  });
  await audit(tx, actor, "publication.new_version", slug, { version: latest.version }, { version: latest.version + 1 }, ip);
}

/** Withdraws the current published version, with a reason; its page stays, saying so. */
export async function withdrawPublication(tx: DbOrTx, actor: PublishActor, slug: string, reason: string, ip = "local") {
  assertWriter(actor);
  const p = await ownPublication(tx, actor, slug);
  const published = p.versions.find((v) => v.status === "published");
  if (!published) throw new AppError("conflict", "publication_status_move");
  if (reason.trim().length < 5) throw new AppError("invalid", "round_reason_required");
  await setVersionStatus(tx, published.id, "withdrawn", reason.trim());
  await audit(tx, actor, "publication.withdraw", slug, { status: "published", version: published.version }, { status: "withdrawn", reason: reason.trim() }, ip);
}

