import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { RoundListItem } from "@/db/queries/surveys";

type Props = { action: string; rounds: RoundListItem[]; round: string; region: string };

/** Round and region pickers as a GET form: the choice lives in the URL and works without JavaScript. */
export async function IndicatorFiltersForm({ action, rounds, round, region }: Props) {
  const t = await getTranslations("indicators.filters");
  return (
    <form action={action} method="get" className="card flex flex-wrap items-end gap-3" aria-label={t("legend")}>
      <div className="w-full sm:w-auto sm:min-w-64">
        <label htmlFor="round" className="label">
          {t("round")}
        </label>
        <select id="round" name="round" defaultValue={round} className="field">
          {rounds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} ({r.code})
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-auto sm:min-w-56">
        <label htmlFor="region" className="label">
          {t("region")}
        </label>
        <input
          id="region"
          name="region"
          defaultValue={region}
          inputMode="decimal"
          autoComplete="off"
          maxLength={40}
          placeholder="18.01.16"
          className="field font-mono"
          aria-describedby="region-hint"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn">
          {t("apply")}
        </button>
        {region && (
          <Link className="link text-sm" href={`${action}?round=${encodeURIComponent(round)}`}>
            {t("reset")}
          </Link>
        )}
      </div>
      <p id="region-hint" className="w-full text-xs text-slate-600">
        {t("regionHint")}
      </p>
    </form>
  );
}
