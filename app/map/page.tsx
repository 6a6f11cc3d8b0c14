import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Choropleth } from "@/components/map/choropleth";
import { regionPickerTexts } from "@/components/forms/region-picker-texts";
import { MapLegend } from "@/components/map/map-legend";
import { getReadDb } from "@/db/client";
import { regionOption } from "@/db/queries/regions";
import { MapTable } from "@/components/map/map-table";
import { MapTooltip } from "@/components/map/map-tooltip";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requirePermission } from "@/lib/auth/guards";
import { getCurrentUser } from "@/lib/auth/session";
import { hasNationalScope, inScope } from "@/lib/auth/permissions";
import { toLocale } from "@/lib/i18n/config";
import { levelKind, mapHref, parseMapParams } from "@/lib/map/params";
import { MapControls } from "./controls";
import { loadMap } from "./load";
import { metricLabel, present } from "./present";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  // agrees with the page on "not found" (once signed in), or its title would replace the not-found one
  if (parseMapParams(await searchParams).invalidLevel && (await getCurrentUser())) notFound();
  return { title: (await getTranslations("map"))("title") };
}

export default async function MapPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = parseMapParams(await searchParams);
  const user = await requirePermission("survey:view", "/map");
  if (params.invalidLevel) notFound();
  const [data, t, locale, requestHeaders] = await Promise.all([loadMap(user, params), getTranslations(), getLocale(), headers()]);
  const l = toLocale(locale);

  if (data.kind === "none") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("map.title")}</h1>
        <p className="card">{t("map.noLevel")}</p>
      </div>
    );
  }

  const { level, round, version, geometry } = data;
  const here = { ...params, level: level?.code ?? null, round: round?.code ?? null, rubric: params.rubric ? version : null };
  const view = present(data, here, t, l);
  const name = level?.name ?? t("map.national");
  const crumbs = [
    { label: t("map.national"), href: hasNationalScope(user) && level ? mapHref(here, { level: null, view: "map" }) : undefined },
    ...data.ancestors.map((a) => ({ label: a.name, href: inScope(user, a.code) ? mapHref(here, { level: a.code, unit: "village", view: "map" }) : undefined })),
    ...(level ? [{ label: level.name }] : []),
  ];
  const heading = t("map.heading", { unit: t(`map.units.${data.unitLevel}`), metric: view.label });
  const metrics = data.metrics.map((m) => ({ ...m, label: metricLabel(t, m, l) }));
  const unitOptions = levelKind(level?.code ?? null) === "regency" ? (["village", "district"] as const).map((u) => ({ value: u, label: t(`map.units.${u}`) })) : null;

  return (
    <div className="flex flex-col gap-4">
      <Breadcrumb items={crumbs} label={t("map.breadcrumb")} />
      <header>
        <h1 className="text-2xl font-bold">{t("map.titleAt", { name })}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("map.intro")}</p>
      </header>
      <MapControls
        params={{ ...here, breaks: data.breaks }}
        level={level?.code ?? null}
        rounds={data.rounds}
        round={round?.code ?? null}
        versions={data.versions}
        version={version}
        metrics={metrics}
        metric={data.metric.key}
        levelOption={level ? await regionOption(await getReadDb(), user, level.code) : null}
        levelPicker={await regionPickerTexts("mapLevel")}
        labels={{
          round: t("map.round"),
          rubric: t("map.rubric"),
          colourBy: t("map.colourBy"),
          breaks: t("map.breaks"),
          unit: t("map.unit"),
          show: t("map.show"),
          groups: { summary: t("map.groups.summary"), variables: t("map.groups.variables"), indicators: t("map.groups.indicators") },
          breakOptions: [
            { value: "fixed", label: t("map.breaksFixed") },
            { value: "quantile", label: t("map.breaksQuantile") },
            { value: "equal", label: t("map.breaksEqual") },
          ],
          unitOptions,
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label={t("map.views")} className="flex gap-2">
          {(["map", "table"] as const).map((v) => (
            <Link key={v} href={mapHref(here, { view: v })} aria-current={params.view === v ? "page" : undefined} className={params.view === v ? "btn" : "btn-secondary"}>
              {t(v === "map" ? "map.viewMap" : "map.viewTable")}
            </Link>
          ))}
        </nav>
        {level && (
          <Link className="link ml-auto text-sm" href={`/regions/${level.code}${round ? `?round=${encodeURIComponent(round.code)}` : ""}`}>
            {t("map.openProfile", { name: level.name })}
          </Link>
        )}
      </div>
      {!round && <EmptyState why={t("map.noRounds")} step={nextStepFor(user, "respondents")} />}
      <section className="card grid gap-4 lg:grid-cols-[minmax(0,1fr)_17rem]" aria-labelledby="map-heading">
        <div className="flex min-w-0 flex-col gap-2">
          <div className="flex flex-wrap items-baseline gap-x-3">
            <h2 id="map-heading" className="text-lg font-semibold">
              {heading}
            </h2>
            <p className="text-sm" data-testid="map-summary">
              {view.summary}
            </p>
          </div>
          {view.coverageNote && (
            <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="map-coverage-note">
              {view.coverageNote}
            </p>
          )}
          {geometry ? (
            <>
              <a href="#map-legend" className="sr-only focus:not-sr-only focus:underline">
                {t("map.skipMap")}
              </a>
              <MapTooltip>
                <Choropleth geometry={geometry} shapesHref={data.shapesHref ?? undefined} places={view.places} markers={view.markers} labels={view.labels} tiles={data.tiles} title={`${heading} · ${name}`} nonce={requestHeaders.get("x-nonce") ?? undefined} />
              </MapTooltip>
            </>
          ) : (
            <MapTable
              rows={view.table}
              mapLink={t("map.table.open")}
              heads={{
                name: t("map.table.name"),
                code: t("map.table.code"),
                cls: t("map.table.cls"),
                value: data.metric.kind === "stratum" ? t("map.metrics.readiness") : view.label,
                n: t("map.table.n"),
                map: t("map.table.map"),
                caption: `${t("map.table.caption")}: ${heading} · ${name}`,
              }}
            />
          )}
        </div>
        <MapLegend title={t("map.legend", { metric: view.label })} unit={view.scaleNote} rows={view.legend} clusterNote={view.markers.length > 0 ? t("map.clusters") : undefined} />
      </section>
      <div className="text-xs text-slate-600">
        {round && version && <p>{t("map.footnote", { round: round.code, rubric: version })}</p>}
        <p>
          {t("map.boundaries")}{" "}
          <Link className="link" href="/about-data">
            {t("app.aboutData")}
          </Link>
        </p>
        {data.tiles.length > 0 && <p>{t("map.tiles")}</p>}
      </div>
    </div>
  );
}
