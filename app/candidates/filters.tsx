import { getTranslations } from "next-intl/server";

type Props = { action: string; rounds: { code: string; name: string }[]; round: string; versions: string[]; version: string; region?: string };

/** Round, rubric version and region, kept in the URL (a GET form). */
export async function CandidateFilters(p: Props) {
  const t = await getTranslations("candidates");
  return (
    <form action={p.action} className="card flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="round" className="label">
          {t("round")}
        </label>
        <select id="round" name="round" defaultValue={p.round} className="field">
          {p.rounds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="rubric" className="label">
          {t("rubric")}
        </label>
        <select id="rubric" name="rubric" defaultValue={p.version} className="field">
          {p.versions.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="region" className="label">
          {t("region")}
        </label>
        <input id="region" name="region" defaultValue={p.region ?? ""} className="field" placeholder="18.01" />
      </div>
      <button className="btn" type="submit">
        {t("show")}
      </button>
    </form>
  );
}
