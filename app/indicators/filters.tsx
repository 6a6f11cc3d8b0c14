import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RegionPicker, type RegionOption } from "@/components/forms/region-picker";
import { regionPickerTexts } from "@/components/forms/region-picker-texts";
import type { RoundListItem } from "@/db/queries/surveys";

type Props = { action: string; rounds: RoundListItem[]; round: string; region: string; regionOption: RegionOption | null };

/** Round and region pickers as a GET form: the choice lives in the URL and works without JavaScript. */
export async function IndicatorFiltersForm({ action, rounds, round, region, regionOption }: Props) {
  const [t, texts] = await Promise.all([getTranslations("indicators.filters"), regionPickerTexts("filter")]);
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
        <RegionPicker id="region" name="region" initial={regionOption} texts={texts} />
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
    </form>
  );
}
