import "server-only";
import { getReadDb } from "@/db/client";
import { selectedAnswerCounts } from "@/db/queries/summaries";
import { getRegionInScope, regionOption } from "@/db/queries/regions";
import { getRubricVersion } from "@/db/queries/scores";
import { getRoundInScope, listRespondentAnswers, listRounds, type RoundListItem } from "@/db/queries/surveys";
import type { Actor } from "@/lib/auth/permissions";
import type { AnswerCounts } from "@/lib/indicators/counts";
import { isRegionCode } from "@/lib/regions/admin-units";
import { AppError } from "@/lib/errors";
import { defaultRound } from "@/lib/surveys/round-status";

export type IndicatorFilters = { round?: string; region?: string };


export type IndicatorData =
  | { kind: "no-rounds" }
  | { kind: "not-found" }
  | {
      kind: "ok";
      rounds: RoundListItem[];
      round: { code: string; name: string; origin: RoundListItem["origin"] };
      region: { code: string; name: string } | null;
      /** the region as the picker shows it (with its parents' names) */
      regionOption: Awaited<ReturnType<typeof regionOption>>;
      /** what the user typed when it was malformed, unknown or outside her regions */
      ignoredRegion: string | null;
      /** the selected respondents' answers counted per field, the IR class by the round's rubric (so the tables agree with the scores) */
      counts: AnswerCounts;
    };

/** The round (default: the newest she may see) and region of the URL, and the respondents within both and her scope. */
export async function loadIndicatorData(user: Actor, filters: IndicatorFilters): Promise<IndicatorData> {
  const db = await getReadDb();
  const rounds = await listRounds(db, user);
  const round = filters.round ? await getRoundInScope(db, user, filters.round) : defaultRound(rounds);
  if (!round) return filters.round ? { kind: "not-found" } : { kind: "no-rounds" };

  const wanted = filters.region?.trim().slice(0, 40) ?? "";
  const found = wanted && isRegionCode(wanted) ? await getRegionInScope(db, user, wanted) : null;
  const rubric = await getRubricVersion(db, round.rubricVersion);
  if (!rubric) throw new AppError("internal", "rubric_missing");
  const counts = await selectedAnswerCounts(db, user, { roundId: round.id, version: round.rubricVersion, irClasses: rubric.definition.irClasses, region: found?.code });
  return {
    kind: "ok",
    rounds,
    round: { code: round.code, name: round.name, origin: round.origin },
    region: found ? { code: found.code, name: found.name } : null,
    regionOption: found ? await regionOption(db, user, found.code) : null,
    ignoredRegion: wanted && !found ? wanted : null,
    counts,
  };
}


/** "?round=…&region=…" for links that keep the view. */
export function filterQuery(round: string, region: { code: string } | null): string {
  const q = new URLSearchParams({ round });
  if (region) q.set("region", region.code);
  return `?${q.toString()}`;
}

/** The path to come back to after signing in, with the filters as given. */
export function returnPath(path: string, filters: IndicatorFilters): string {
  const q = new URLSearchParams();
  if (filters.round) q.set("round", filters.round);
  if (filters.region) q.set("region", filters.region);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** A query value of the URL (the first one when repeated). */
export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
