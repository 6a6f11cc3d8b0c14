import { getLocale, getTranslations } from "next-intl/server";
import { RuleMark } from "@/components/ui/stratum-badge";
import { formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/config";
import { RULE_IDS, type PolicySupport } from "@/lib/scoring/policy-support";

/** The "no PKTD record" flag of rubric.md section 5, with its reason, wherever the index is shown. */
export async function NoPktdFlag({ policySupport }: { policySupport: Pick<PolicySupport, "noPktdRecord" | "noPktdReason" | "year"> }) {
  if (!policySupport.noPktdRecord) return null;
  const t = await getTranslations("scores");
  return (
    <span className="font-semibold text-red-800" data-testid="no-pktd">
      {policySupport.noPktdReason === "no_year" || policySupport.year === null ? t("noPktdYear") : t("noPktd", { year: policySupport.year })}
    </span>
  );
}

/** Policy support: the index, its three parts, and the PKTD rule checks of each village by name. */
export async function PolicySupportCard({ policySupport, villageNames }: { policySupport: PolicySupport; villageNames: Record<string, string> }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const l = toLocale(locale);
  const one = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatNumber(v, l, 1));
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${formatNumber(100 * v, l, 1)} %`);
  return (
    // spans both columns on wide screens so the women's columns are never hidden behind a scroll
    <section className="card lg:col-span-2" aria-labelledby="ps">
      <h2 id="ps" className="text-lg font-semibold">
        {t("scores.policySupport")}: {one(policySupport.index)}
      </h2>
      <p className="text-sm">
        {t("scores.programmeShare", { share: pct(policySupport.programmeShare), n: policySupport.programmeN })}{" "}
        <NoPktdFlag policySupport={policySupport} />
      </p>
      {policySupport.checks.length > 0 && (
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("scores.pktdChecks")}>
          <table className="data-table" data-testid="pktd-checks">
            <thead>
              <tr>
                <th scope="col">{t("data.village")}</th>
                <th scope="col">{t("data.year")}</th>
                {RULE_IDS.map((r) => (
                  <th key={r} scope="col" title={t(`scores.rules.${r}`)}>
                    {r}
                  </th>
                ))}
                <th scope="col">{t("data.wageShare")}</th>
                <th scope="col">{t("data.womenWorkers")}</th>
                <th scope="col">{t("data.womenHok")}</th>
              </tr>
            </thead>
            <tbody>
              {policySupport.checks.map((c) => (
                <tr key={`${c.villageCode}-${c.year}`}>
                  <th scope="row" className="font-normal">
                    {villageNames[c.villageCode] ?? c.villageCode}
                  </th>
                  <td>{c.year}</td>
                  {RULE_IDS.map((r) => (
                    <td key={r}>
                      <RuleMark status={c.rules[r]} label={t(`scores.status.${c.rules[r]}`)} />
                    </td>
                  ))}
                  <td>{pct(c.wageShare)}</td>
                  <td>{pct(c.womenWorkerShare)}</td>
                  <td>{pct(c.womenHokShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {policySupport.villagesWithoutRecord.length > 0 && policySupport.year !== null && (
        <p className="mt-2 text-xs text-slate-700">
          {t("scores.villagesWithoutRecord", { year: policySupport.year, villages: policySupport.villagesWithoutRecord.map((v) => villageNames[v] ?? v).join(", ") })}
        </p>
      )}
      <ul className="mt-2 text-xs text-slate-600">
        {RULE_IDS.map((r) => (
          <li key={r}>
            {r}: {t(`scores.rules.${r}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
