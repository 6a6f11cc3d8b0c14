import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { NoPktdFlag } from "@/components/scores/policy-support-card";
import { RegionPicker } from "@/components/forms/region-picker";
import { regionPickerTexts } from "@/components/forms/region-picker-texts";
import { PageNav } from "@/components/ui/page-nav";
import { SortLinkHeader } from "@/components/ui/sort-link-header";
import { getReadDb } from "@/db/client";
import { regionOption } from "@/db/queries/regions";
import { StratumBadge } from "@/components/ui/stratum-badge";
import { requirePermission } from "@/lib/auth/guards";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { UNIT_KINDS, type UnitKind } from "@/lib/surveys/units";
import { loadScoreList, type ScoresSearch } from "./load";
import { EmptyState } from "@/components/ui/empty-state";
import { nextStepFor } from "@/lib/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scores"))("title") };
}

export default async function ScoresPage({ searchParams }: { searchParams: Promise<ScoresSearch> }) {
  const sp = await searchParams;
  const user = await requirePermission("survey:view", "/scores");
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), loadScoreList(user, sp)]);
  const l = toLocale(locale);
  const { rounds, round, unit, region, versions, version, rows, sort, direction, window } = data;
  const [regionChoice, pickerTexts] = await Promise.all([getReadDb().then((db) => regionOption(db, user, region)), regionPickerTexts("filter")]);

  if (!round) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("scores.title")}</h1>
        <EmptyState why={t("data.noRounds")} step={nextStepFor(user, "respondents")} />
      </div>
    );
  }
  const query = `round=${encodeURIComponent(round.code)}&rubric=${encodeURIComponent(version)}&unit=${unit}${region ? `&region=${region}` : ""}`;
  const href = (u: UnitKind) => `/scores?round=${encodeURIComponent(round.code)}&rubric=${encodeURIComponent(version)}&unit=${u}${region ? `&region=${region}` : ""}`;
  const two = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 2));
  const one = (v: number | null) => (v === null ? "—" : formatNumber(v, l, 1));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("scores.title")}</h1>
      <p className="max-w-3xl">{t("scores.intro")}</p>
      <form action="/scores" className="card flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="round" className="label">
            {t("scores.round")}
          </label>
          <select id="round" name="round" defaultValue={round.code} className="field">
            {rounds.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="rubric" className="label">
            {t("scores.rubric")}
          </label>
          <select id="rubric" name="rubric" defaultValue={version} className="field">
            {[...new Set([round.rubricVersion, ...versions])].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <RegionPicker id="region" name="region" initial={regionChoice} texts={pickerTexts} />
        </div>
        <input type="hidden" name="unit" value={unit} />
        <button className="btn" type="submit">
          {t("scores.show")}
        </button>
      </form>
      <nav aria-label={t("scores.unitTypes")} className="flex flex-wrap gap-2">
        {UNIT_KINDS.map((u) => (
          <Link key={u} href={href(u)} aria-current={u === unit ? "page" : undefined} className={u === unit ? "btn" : "btn-secondary"}>
            {t(`scores.units.${u}`)}
          </Link>
        ))}
      </nav>
      <section className="card overflow-x-auto" tabIndex={0} aria-label={t("scores.tableLabel")}>
        {rows.length === 0 ? (
          <EmptyState className="" why={t("scores.empty")} step={nextStepFor(user, "respondents")} />
        ) : (
          <table className="data-table" data-testid="scores">
            <SortLinkHeader
              sort={sort}
              direction={direction}
              href={(s, d) => `/scores?${query}&sort=${s}&dir=${d}`}
              columns={[
                { label: t(`scores.units.${unit}`), sort: "name" },
                { label: "n", sort: "n", numeric: true },
                { label: t("scores.readiness"), sort: "readiness", numeric: true },
                { label: t("scores.stratum"), sort: "stratum" },
                { label: t("scores.socialCapital"), sort: "socialCapital", numeric: true },
                { label: t("scores.policySupport"), sort: "policySupport", numeric: true },
              ]}
            />
            <tbody>
              {rows.map((s) => (
                <tr key={s.code}>
                  <td>
                    <Link className="link font-semibold" href={`/scores/${encodeURIComponent(round.code)}/${unit}/${encodeURIComponent(s.code)}?rubric=${encodeURIComponent(version)}`}>
                      {s.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-600">{s.code}</div>
                  </td>
                  <td className="text-right">{formatNumber(s.n, l)}</td>
                  <td className="text-right">{two(s.readiness)}</td>
                  <td>
                    <StratumBadge stratum={s.stratum} label={s.stratum ? t(`scores.strata.${s.stratum}`) : t("scores.noData")} />
                  </td>
                  <td className="text-right">{one(s.socialCapital)}</td>
                  <td className="text-right">
                    {one(s.policySupport)}
                    {s.pktd.noPktdRecord && (
                      <div className="max-w-48 text-xs">
                        <NoPktdFlag policySupport={s.pktd} />
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <PageNav info={window} label={t("scores.pages")} href={(page) => `/scores?${query}&sort=${sort}&dir=${direction}&page=${page}`} />
        <p className="mt-2 text-xs text-slate-600">{t("scores.footnote", { round: round.code, rubric: version })}</p>
        {rows.length > 0 && (
          <p className="mt-2">
            <a className="btn-secondary" href={`/scores/csv?${query}&sort=${sort}&dir=${direction}`} download data-testid="scores-csv">
              {t("scores.csv")}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}
