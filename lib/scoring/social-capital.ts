import type { Answers } from "./indicators";

export const SC_ELEMENTS = ["trust", "reciprocity", "norms", "networks"] as const;
export type ScElement = (typeof SC_ELEMENTS)[number];
export const MEETING_CODES = ["never", "sometimes", "monthly", "weekly"] as const;

export type SocialCapital = {
  index: number | null;
  n: number;
  elements: Record<ScElement, { score: number | null; n: number }>;
  participation: {
    group_member: { yes: number; n: number };
    savings_group: { yes: number; n: number };
    meeting_attendance: Record<string, number>;
  };
};

const likert = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null);
const toScale = (mean: number) => ((mean - 1) / 4) * 100;
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** One respondent: element = mean of its answered items on 0-100; index when ≥ minElements elements. */
export function respondentSocialCapital(answers: Answers, minElements: number) {
  const elements = {} as Record<ScElement, number | null>;
  for (const e of SC_ELEMENTS) {
    const items = [answers[`sc_${e}_1`], answers[`sc_${e}_2`]].map(likert).filter((x): x is number => x !== null);
    const m = mean(items);
    elements[e] = m === null ? null : toScale(m);
  }
  const present = Object.values(elements).filter((x): x is number => x !== null);
  return { elements, index: present.length >= minElements ? mean(present) : null };
}

function yesCount(respondents: readonly Answers[], field: string) {
  const answered = respondents.filter((r) => r[field] === "yes" || r[field] === "no");
  return { yes: answered.filter((r) => r[field] === "yes").length, n: answered.length };
}

/** A unit: element scores and index are means over the respondents who have them, with counts. */
export function socialCapitalOf(respondents: readonly Answers[], minElements: number): SocialCapital {
  const people = respondents.map((r) => respondentSocialCapital(r, minElements));
  const summary = (xs: (number | null)[]) => {
    const have = xs.filter((x): x is number => x !== null);
    return { score: mean(have), n: have.length };
  };
  const elements = {} as SocialCapital["elements"];
  for (const e of SC_ELEMENTS) elements[e] = summary(people.map((p) => p.elements[e]));
  const index = summary(people.map((p) => p.index));
  const meeting: Record<string, number> = Object.fromEntries(MEETING_CODES.map((c) => [c, 0]));
  for (const r of respondents) {
    const v = r.meeting_attendance;
    if (typeof v === "string" && v !== "") meeting[v] = (meeting[v] ?? 0) + 1;
  }
  return {
    index: index.score,
    n: index.n,
    elements,
    participation: { group_member: yesCount(respondents, "group_member"), savings_group: yesCount(respondents, "savings_group"), meeting_attendance: meeting },
  };
}
