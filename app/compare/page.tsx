import { defaultRound } from "@/lib/surveys/round-status";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { UnitPicker } from "@/components/compare/unit-picker";
import { SaveComparisonForm } from "@/components/forms/save-comparison-form";
import { getReadDb } from "@/db/client";
import { indicatorProfiles, listSavedComparisons, snapshotsOf } from "@/db/queries/compare";
import { getRubricVersion } from "@/db/queries/scores";
import { listRounds } from "@/db/queries/surveys";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { nearestPeers } from "@/lib/compare/peers";
import { parseSelection, parseUnitRef, unitRefKey, type UnitRef } from "@/lib/compare/selection";
import { formatDateTime, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import type { Rubric } from "@/lib/scoring/rubric";
import { saveComparisonAction } from "./actions";
import { Comparison } from "./comparison";
import { comparisonOf } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

type Search = { round?: string; u?: string | string[]; peers?: string };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("survey:view", "/compare");
  const params = await searchParams;
  const db = await getReadDb();
  const [t, locale, rounds, saved] = await Promise.all([getTranslations(), getLocale(), listRounds(db, user), listSavedComparisons(db, user.id)]);
  const l = toLocale(locale);
  const round = rounds.find((r) => r.code === params.round) ?? defaultRound(rounds);

  const header = (
    <>
      <h1 className="text-2xl font-bold">{t("compare.title")}</h1>
      <p className="max-w-3xl">{t("compare.intro")}</p>
    </>
  );
  if (!round) {
    return (
      <div className="flex flex-col gap-4">
        {header}
        <p className="card">{t("compare.noRounds")}</p>
      </div>
    );
  }
  const version = round.rubricVersion;
  const refs = parseSelection(params.u);
  const peersOf = params.peers ? parseUnitRef(params.peers) : null;
  const [snapshots, rubricRow] = await Promise.all([snapshotsOf(db, user, { roundId: round.id, version, units: refs }), getRubricVersion(db, version)]);
  const rubric = rubricRow?.definition as Rubric;
  const view = comparisonOf(rubric, round.code, refs, snapshots);
  const shown: UnitRef[] = view.units.map((u) => ({ type: u.type as UnitRef["type"], code: u.code }));
  const here = (units: UnitRef[], extra: Record<string, string> = {}) => {
    const q = new URLSearchParams({ round: round.code, ...extra });
    for (const u of units) q.append("u", unitRefKey(u));
    return `/compare?${q.toString()}`;
  };

  // peers: nearest indicator profiles among units of the same kind, same round, within scope
  const peerTarget = peersOf && view.units.find((u) => u.type === peersOf.type && u.code === peersOf.code);
  const peers = peerTarget
    ? await (async () => {
        const profiles = await indicatorProfiles(db, user, { roundId: round.id, version, unitType: peersOf!.type });
        const target = profiles.find((p) => p.code === peersOf!.code);
        if (!target) return [];
        const found = nearestPeers({ key: target.code, profile: target.indicators ?? {} }, profiles.map((p) => ({ key: p.code, profile: p.indicators ?? {} })), 5);
        return found.map((f) => ({ ...f, unit: profiles.find((p) => p.code === f.key)! }));
      })()
    : [];

  return (
    <div className="flex flex-col gap-4">
      {header}
      {can(user, "score:rank") && (
        <p>
          <Link className="link" href={`/compare/rank?round=${encodeURIComponent(round.code)}`}>
            {t("compare.rankLink")}
          </Link>
        </p>
      )}
      <section className="card flex flex-col gap-4">
        {rounds.length > 1 && (
          <form action="/compare" className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="round" className="label">
                {t("compare.round")}
              </label>
              <select id="round" name="round" defaultValue={round.code} className="field">
                {rounds.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("compare.show")}
            </button>
          </form>
        )}
        {rounds.length === 1 && (
          <p className="text-sm">
            {t("compare.round")}: <strong>{round.name}</strong>
          </p>
        )}
        <UnitPicker key={refs.map(unitRefKey).join(",")} round={round.code} initial={view.units.map((u) => ({ type: u.type as UnitRef["type"], code: u.code, name: u.name }))} />
        {view.missing > 0 && (
          <p role="status" className="text-sm text-amber-900">
            {t("compare.missing", { count: view.missing })}
          </p>
        )}
      </section>

      {view.units.length >= 2 && (
        <Comparison
          units={view.units}
          rows={view.rows}
          source={t("compare.source", { round: round.name, rubric: version })}
        />
      )}

      {view.units.length >= 1 && (
        <section className="card" aria-labelledby="peers-title" data-testid="peers">
          <h2 id="peers-title" className="text-lg font-semibold">
            {t("compare.peersTitle")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("compare.peersExplain")}</p>
          <form action="/compare" className="mt-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="round" value={round.code} />
            {shown.map((u) => (
              <input key={unitRefKey(u)} type="hidden" name="u" value={unitRefKey(u)} />
            ))}
            <div>
              <label htmlFor="peers" className="label">
                {t("compare.peersFor")}
              </label>
              <select id="peers" name="peers" className="field" defaultValue={peersOf ? unitRefKey(peersOf) : undefined}>
                {view.units.map((u) => (
                  <option key={`${u.type}:${u.code}`} value={`${u.type}:${u.code}`}>
                    {u.name} ({t(`scores.units.${u.type}`)})
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              {t("compare.peersAsk")}
            </button>
          </form>
          {peerTarget && (
            <div className="mt-3">
              <h3 className="font-semibold">{t("compare.peersResult", { name: peerTarget.name })}</h3>
              {peers.length === 0 ? (
                <p className="mt-1">{t("compare.peersNone")}</p>
              ) : (
                <>
                  {peers.length < 5 && <p className="mt-1 text-sm">{t("compare.peersFew", { count: peers.length })}</p>}
                  <div className="relative mt-2 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="peers-title">
                    <table className="data-table" data-testid="peers-table">
                      <thead>
                        <tr>
                          <th scope="col">{t("rank.name")}</th>
                          <th scope="col">{t("compare.distance")}</th>
                          <th scope="col">{t("compare.sharedIndicators")}</th>
                          <th scope="col">n</th>
                          <th scope="col">
                            <span className="sr-only">{t("compare.add")}</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {peers.map((p) => {
                          const ref = { type: peersOf!.type, code: p.key };
                          const already = shown.some((s) => unitRefKey(s) === unitRefKey(ref));
                          return (
                            <tr key={p.key}>
                              <td>
                                {p.unit.name} <span className="font-mono text-xs text-slate-600">{p.key}</span>
                              </td>
                              <td data-testid="peer-distance">{formatNumber(p.distance, l, 3)}</td>
                              <td>{p.shared}</td>
                              <td>{formatNumber(p.unit.n, l)}</td>
                              <td>
                                {!already && shown.length < 10 && (
                                  <Link className="link" href={here([...shown, ref])}>
                                    {t("compare.add")}
                                  </Link>
                                )}
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                  <p className="mt-2">
                    <Link className="btn-secondary inline-block" href={here([peersOf!, ...peers.map((p) => ({ type: peersOf!.type, code: p.key }))])}>
                      {t("compare.addPeers")}
                    </Link>
                  </p>
                </>
              )}
            </div>
          )}
        </section>
      )}

      {view.units.length >= 2 && (
        <section className="card" aria-labelledby="save-title">
          <h2 id="save-title" className="text-lg font-semibold">
            {t("compare.saveTitle")}
          </h2>
          <SaveComparisonForm
            action={saveComparisonAction}
            round={round.code}
            units={shown.map(unitRefKey)}
            defaultTitle={view.units.map((u) => u.name).join(" · ").slice(0, 120)}
          />
        </section>
      )}

      <section className="card" aria-labelledby="saved-title">
        <h2 id="saved-title" className="text-lg font-semibold">
          {t("compare.mySaved")}
        </h2>
        {saved.length === 0 ? (
          <p className="mt-1">{t("compare.noSaved")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1" data-testid="saved-list">
            {saved.map((s) => (
              <li key={s.id}>
                <Link className="link" href={`/compare/s/${s.id}`}>
                  {s.title}
                </Link>{" "}
                <span className="text-sm text-slate-600">· {t("compare.savedOn", { when: formatDateTime(s.createdAt, l) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
