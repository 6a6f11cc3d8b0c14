import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitImportForm } from "@/components/forms/commit-import-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getDb } from "@/db/client";
import { getPending } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { formatMessage } from "@/lib/import/messages";
import type { ParsedFile } from "@/lib/import/parse-file";
import { previewImport } from "@/services/import";
import { commitImportAction } from "../../actions";

const SHOWN_ERRORS = 200;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("previewTitle") };
}

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("pktd:import", `/data/imports/${id}`);
  const db = await getDb();
  const pending = await getPending(db, id, user.id);
  if (!pending?.parsed) notFound();
  const round = pending.round as { code: string; name?: string } | null;
  const [t, locale, analysis] = await Promise.all([
    getTranslations(),
    getLocale(),
    // the file was read once at upload; this plans what it says against the round as it is now
    previewImport(db, user, { kind: pending.kind, fileName: pending.fileName, fileSha256: pending.fileSha256, parsed: pending.parsed as ParsedFile, roundCode: round?.code ?? null }),
  ]);
  const l = toLocale(locale);
  const n = (v: number) => formatNumber(v, l);
  const hasErrors = analysis.errors.length > 0;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={[{ label: t("data.title"), href: "/data" }, { label: t("import.title"), href: "/data/import" }, { label: pending.fileName }]} label={t("regions.breadcrumb")} />
      <h1 className="text-2xl font-bold">{t("import.previewTitle")}</h1>
      <section className="card">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">{t("import.file")}</dt>
          <dd>{pending.fileName}</dd>
          <dt className="font-medium">SHA-256</dt>
          <dd className="break-all font-mono text-xs">{pending.fileSha256}</dd>
          <dt className="font-medium">{t("import.kind")}</dt>
          <dd>{t(`import.kinds.${pending.kind}`)}</dd>
          {round && (
            <>
              <dt className="font-medium">{t("import.round")}</dt>
              <dd>
                <span className="font-mono">{round.code}</span>
                {round.name ? ` — ${t("import.willCreateRound", { name: round.name })}` : ""}
              </dd>
            </>
          )}
        </dl>
      </section>

      {analysis.fileError ? (
        <section className="card border-fail" role="alert">
          <h2 className="text-lg font-semibold text-red-900">{t("import.fileRejected")}</h2>
          <p className="mt-2">{formatMessage(analysis.fileError, l)}</p>
          <p className="mt-3">
            <Link className="link" href="/data/import">
              {t("import.tryAgain")}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="summary">
            <h2 id="summary" className="text-lg font-semibold">
              {t("import.summary")}
            </h2>
            <ul className="mt-2 grid gap-2 sm:grid-cols-5" data-testid="import-summary">
              <li className="rounded border p-2">
                <div className="text-2xl font-bold">{n(analysis.plan.new)}</div>
                {t("import.new")}
              </li>
              <li className="rounded border p-2">
                <div className="text-2xl font-bold">{n(analysis.plan.changed)}</div>
                {t("import.changed")}
              </li>
              <li className="rounded border p-2">
                <div className="text-2xl font-bold">{n(analysis.plan.unchanged)}</div>
                {t("import.unchanged")}
              </li>
              <li className="rounded border p-2">
                <div className="text-2xl font-bold">{n(analysis.rejected.length)}</div>
                {t("import.rejected")}
              </li>
              <li className="rounded border p-2">
                <div className="text-2xl font-bold">{n(analysis.clustersToCreate.length)}</div>
                {t("import.clustersCreated")}
              </li>
            </ul>
            {analysis.clustersToCreate.length > 0 && (
              <p className="mt-2 text-sm">
                {t("import.clustersList")}{" "}
                {analysis.clustersToCreate.map((c) => `${c.code} (${c.villageCode}${c.product ? `, ${c.product}` : ""})`).join(", ")}
              </p>
            )}
          </section>

          {analysis.warnings.length > 0 && (
            <section className="card" aria-labelledby="warnings">
              <h2 id="warnings" className="text-lg font-semibold">
                {t("import.warnings")}
              </h2>
              <ul className="mt-2 list-disc pl-5 text-sm">
                {analysis.warnings.map((w, i) => (
                  <li key={i}>{formatMessage(w, l)}</li>
                ))}
              </ul>
            </section>
          )}

          {hasErrors && (
            <section className="card border-fail" aria-labelledby="errors">
              <h2 id="errors" className="text-lg font-semibold text-red-900">
                {t("import.errors", { count: analysis.errors.length })}
              </h2>
              <p className="mt-1 text-sm">{t("import.errorsExplain")}</p>
              <ul className="mt-2 list-disc pl-5 text-sm" data-testid="import-errors">
                {analysis.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <li key={i}>{formatMessage(e, l)}</li>
                ))}
              </ul>
              {analysis.errors.length > SHOWN_ERRORS && <p className="mt-2 text-sm">{t("import.moreErrors", { count: analysis.errors.length - SHOWN_ERRORS })}</p>}
              {analysis.rejected.length > 0 && (
                <p className="mt-2">
                  <a className="link" href={`/data/imports/${pending.id}/rejected`} download>
                    {t("import.downloadRejected")}
                  </a>
                </p>
              )}
            </section>
          )}

          <section className="card">
            <CommitImportForm action={commitImportAction} id={pending.id} token={analysis.token} hasErrors={hasErrors} validRows={analysis.validRows} />
            {hasErrors && (
              <p className="mt-2 text-sm">
                <Link className="link" href="/data/import">
                  {t("import.fixAndUpload")}
                </Link>
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
