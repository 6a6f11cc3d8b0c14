import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BriefActionForm } from "@/components/forms/brief-forms";
import { getDb } from "@/db/client";
import { getBriefInScope, getBriefVersion, listBriefEvents, listBriefVersions } from "@/db/queries/briefs";
import { requirePermission } from "@/lib/auth/guards";
import { parseBriefDocument } from "@/lib/briefs/document";
import { diffBriefs } from "@/lib/briefs/diff";
import type { NumberChange } from "@/lib/briefs/regenerate";
import { footnotesHtml, sectionHtml } from "@/lib/briefs/render-html";
import { availableActions, mayEdit } from "@/lib/briefs/workflow";
import { formatDateTime } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { briefGeometry } from "@/services/pdf";
import { editBriefSectionAction, regenerateBriefAction, restoreBriefAction, transitionBriefAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ v?: string; edit?: string; compare?: string; with?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("briefs"))("title") };
}

export default async function BriefPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const id = Number(raw);
  const user = await requirePermission("brief:view", `/briefs/${raw}`);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const db = await getDb();
  const brief = await getBriefInScope(db, user, id);
  if (!brief) notFound();
  const sp = await searchParams;
  const shown = Number(sp.v) > 0 && Number(sp.v) <= brief.currentVersion ? Number(sp.v) : brief.currentVersion;
  const [t, locale, row, versions, events] = await Promise.all([getTranslations(), getLocale(), getBriefVersion(db, id, shown), listBriefVersions(db, id), listBriefEvents(db, id)]);
  if (!row) notFound();
  const l = toLocale(locale);
  const doc = parseBriefDocument(row.document);
  const geometry = await briefGeometry(db, user, doc);
  const editable = shown === brief.currentVersion && mayEdit(user, brief.status, brief.regionCode);
  const actions = availableActions(user, brief.status, brief.regionCode);
  const latest = versions[0];
  const regen = latest?.kind === "regenerated" ? (latest.detail as { changes: NumberChange[]; kept: string[] }) : null;
  const heading = (key: string) => doc.sections.find((s) => s.key === key)?.heading ?? key;
  const a = Number(sp.compare);
  const b = Number(sp.with);
  const [ca, cb] = a > 0 && b > 0 ? await Promise.all([getBriefVersion(db, id, Math.min(a, b)), getBriefVersion(db, id, Math.max(a, b))]) : [null, null];
  const diff = ca && cb ? diffBriefs(parseBriefDocument(ca.document), parseBriefDocument(cb.document)) : null;
  const pdfHref = `/briefs/${id}/pdf?v=${shown}`;

  return (
    <div className="flex flex-col gap-4 brief-page">
      <header className="card">
        <p className="text-sm text-slate-600 no-print">
          <Link className="link" href="/briefs">
            {t("briefs.title")}
          </Link>{" "}
          · <span data-testid="brief-status">{t(`briefs.status.${brief.status}`)}</span> · {t("briefs.page.versionOf", { version: shown, total: brief.currentVersion })}
          {brief.publishedVersion ? ` · ${t("briefs.page.published", { version: brief.publishedVersion })}` : ""}
        </p>
        <h1 className="text-2xl font-bold" data-testid="brief-title">
          {doc.title}
        </h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{doc.labels.place}</dt>
          <dd>{doc.unit.place}</dd>
          <dt className="font-medium">{doc.labels.date}</dt>
          <dd>{formatDateTime(new Date(doc.generatedAt), doc.lang)}</dd>
          <dt className="font-medium">{doc.labels.round}</dt>
          <dd>
            {doc.round.name} (<span className="font-mono">{doc.round.code}</span>)
          </dd>
          <dt className="font-medium">{doc.labels.rubric}</dt>
          <dd className="font-mono">{doc.rubric}</dd>
          <dt className="font-medium">{doc.labels.author}</dt>
          <dd>{doc.author}</dd>
        </dl>
        {doc.badges.length > 0 && (
          <p className="mt-2 flex flex-wrap gap-2">
            {doc.badges.map((x) => (
              <span key={x} className="rounded border border-amber-700 px-2 text-xs text-amber-800">
                {x}
              </span>
            ))}
          </p>
        )}
        {shown !== brief.currentVersion && (
          <p className="mt-2 text-sm no-print" role="status">
            {t("briefs.page.viewing", { version: shown })}{" "}
            <Link className="link" href={`/briefs/${id}`}>
              {t("briefs.page.latest")}
            </Link>
          </p>
        )}
        <div className="mt-3 flex flex-wrap gap-2 no-print">
          <a className="btn" href={pdfHref} data-testid="brief-pdf">
            {t("briefs.page.pdf")}
          </a>
          <a className="btn-secondary" href={`/briefs/${id}/md?v=${shown}`}>
            {t("briefs.page.markdown")}
          </a>
        </div>
      </header>

      <section className="card no-print" aria-labelledby="workflow" data-testid="brief-workflow">
        <h2 id="workflow" className="text-lg font-semibold">
          {t("briefs.workflow.title")}
        </h2>
        {brief.status === "published" && <p className="mt-1 text-sm">{t("briefs.page.frozen")}</p>}
        <div className="mt-2 flex flex-wrap gap-4">
          {actions.map((action) => (
            <BriefActionForm key={action} action={transitionBriefAction} submit={t(`briefs.workflow.${action}`)} secondary={action === "send_back"} testId={`brief-${action}`}>
              <input type="hidden" name="briefId" value={id} />
              <input type="hidden" name="action" value={action} />
              {action === "send_back" && (
                <>
                  <label className="label" htmlFor="comment">
                    {t("briefs.workflow.comment")}
                  </label>
                  <textarea id="comment" name="comment" className="field" rows={2} required />
                </>
              )}
            </BriefActionForm>
          ))}
          {editable && (
            <BriefActionForm action={regenerateBriefAction} submit={t("briefs.workflow.regenerate")} secondary testId="brief-regenerate">
              <input type="hidden" name="briefId" value={id} />
            </BriefActionForm>
          )}
        </div>
        {events.length > 0 && (
          <>
            <h3 className="mt-3 font-semibold">{t("briefs.workflow.history")}</h3>
            <ul className="mt-1 flex flex-col gap-1 text-sm" data-testid="brief-events">
              {events.map((e) => (
                <li key={e.id}>
                  {formatDateTime(e.at, l)} · {t("briefs.workflow.event", { who: e.actorUsername, action: t(`briefs.workflow.${e.action}`), from: t(`briefs.status.${e.fromStatus}`), to: t(`briefs.status.${e.toStatus}`) })}
                  {e.comment && <q className="ml-1 italic">{e.comment}</q>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {regen && shown === brief.currentVersion && (
        <section id="changes" className="card no-print" aria-labelledby="changes-h" data-testid="brief-changes">
          <h2 id="changes-h" className="text-lg font-semibold">
            {t("briefs.versions.changedNumbers")}
          </h2>
          {regen.changes.length === 0 ? (
            <p className="text-sm">{t("briefs.versions.noNumberChange")}</p>
          ) : (
            <ul className="text-sm">
              {regen.changes.map((c) => (
                <li key={`${c.section}-${c.key}`}>{t("briefs.versions.numberChange", { section: heading(c.section), key: c.key, before: c.before ?? "—", after: c.after ?? "—" })}</li>
              ))}
            </ul>
          )}
          {regen.kept.length > 0 && <p className="mt-1 text-sm">{t("briefs.versions.keptEdits", { sections: regen.kept.map(heading).join(", ") })}</p>}
        </section>
      )}

      {doc.sections.map((s) => (
        <section key={s.key} id={s.key} className="card brief-section" aria-labelledby={`h-${s.key}`} data-testid={`section-${s.key}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`h-${s.key}`} className="text-lg font-semibold">
              {s.heading} {s.edited && <span className="text-xs font-normal text-slate-600">({t("briefs.page.edited")})</span>}
            </h2>
            {editable && sp.edit !== s.key && (
              <Link className="btn-secondary no-print" href={`/briefs/${id}?edit=${s.key}#${s.key}`}>
                {t("briefs.edit.button")}
              </Link>
            )}
          </div>
          {editable && sp.edit === s.key ? (
            <BriefActionForm action={editBriefSectionAction} submit={t("briefs.edit.save")} testId="brief-edit">
              <input type="hidden" name="briefId" value={id} />
              <input type="hidden" name="baseVersion" value={brief.currentVersion} />
              <input type="hidden" name="section" value={s.key} />
              <label className="label" htmlFor="heading">
                {t("briefs.edit.heading")}
              </label>
              <input id="heading" name="heading" className="field" defaultValue={s.heading} required />
              <label className="label" htmlFor="body">
                {t("briefs.edit.body")}
              </label>
              <textarea id="body" name="body" className="field font-mono text-sm" rows={14} defaultValue={s.body} aria-describedby="body-help" />
              <p id="body-help" className="text-xs text-slate-600">
                {t("briefs.edit.help")}
              </p>
              <Link className="link text-sm" href={`/briefs/${id}#${s.key}`}>
                {t("briefs.edit.cancel")}
              </Link>
            </BriefActionForm>
          ) : (
            <div className="brief-body mt-2" dangerouslySetInnerHTML={{ __html: sectionHtml(s, geometry) }} />
          )}
        </section>
      ))}

      <section className="card" aria-labelledby="notes">
        <h2 id="notes" className="text-lg font-semibold">
          {doc.labels.notes}
        </h2>
        <div className="brief-body text-sm" dangerouslySetInnerHTML={{ __html: footnotesHtml(doc) }} />
      </section>

      <section className="card overflow-x-auto no-print" aria-labelledby="versions" tabIndex={0}>
        <h2 id="versions" className="text-lg font-semibold">
          {t("briefs.versions.title")}
        </h2>
        <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="brief-versions">
          {versions.map((v) => {
            const detail = (v.detail ?? {}) as { section?: string; from?: number };
            return (
              <li key={v.version} className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">v{v.version}</span>
                <span>{t(`briefs.versions.kind.${v.kind}`)}</span>
                {detail.section && <span>· {t("briefs.versions.section", { section: heading(detail.section) })}</span>}
                {v.kind === "restored" && detail.from && <span>· {t("briefs.versions.restoredFrom", { version: detail.from })}</span>}
                <span className="text-slate-600">· {t("briefs.versions.who", { who: v.authorUsername, when: formatDateTime(v.createdAt, l) })}</span>
                <Link className="link" href={`/briefs/${id}?v=${v.version}`}>
                  {t("briefs.versions.view")}
                </Link>
                {editable && v.version !== brief.currentVersion && (
                  <BriefActionForm action={restoreBriefAction} submit={t("briefs.versions.restore")} secondary>
                    <input type="hidden" name="briefId" value={id} />
                    <input type="hidden" name="version" value={v.version} />
                  </BriefActionForm>
                )}
              </li>
            );
          })}
        </ul>
        {versions.length > 1 && (
          <form action={`/briefs/${id}`} className="mt-3 flex flex-wrap items-end gap-2">
            <label className="label" htmlFor="compare">
              {t("briefs.versions.from")}
            </label>
            <select id="compare" name="compare" className="field" defaultValue={String(ca?.version ?? versions[1]?.version)}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
            <label className="label" htmlFor="with">
              {t("briefs.versions.to")}
            </label>
            <select id="with" name="with" className="field" defaultValue={String(cb?.version ?? versions[0]?.version)}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  v{v.version}
                </option>
              ))}
            </select>
            <button type="submit" className="btn-secondary">
              {t("briefs.versions.compare")}
            </button>
          </form>
        )}
        {diff && ca && cb && (
          <div className="mt-3" data-testid="brief-diff">
            <h3 className="font-semibold">{t("briefs.versions.compareTitle", { a: ca.version, b: cb.version })}</h3>
            {diff.every((d) => !d.changed) && <p className="text-sm">{t("briefs.versions.same")}</p>}
            {diff.map((d) => (
              <div key={d.key} className="mt-2 text-sm">
                <p className="font-medium">
                  {d.heading} {!d.changed && <span className="text-slate-600">({t("briefs.versions.sectionSame")})</span>}
                </p>
                {d.changed && (
                  <p className="whitespace-pre-wrap break-words">
                    {d.parts.map((p, i) => (p.kind === "added" ? <ins key={i} className="bg-emerald-100">{p.text}</ins> : p.kind === "removed" ? <del key={i} className="bg-red-100">{p.text}</del> : <span key={i}>{p.text}</span>))}
                  </p>
                )}
              </div>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
