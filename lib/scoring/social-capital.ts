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

const yesNo = (v: unknown): "yes" | "no" | null => (v === "yes" || v === "no" ? v : null);

/** What a unit's social capital needs of one respondent, read once. */
export type ScPerson = ReturnType<typeof respondentSocialCapital> & { meeting: string | null; groupMember: "yes" | "no" | null; savingsGroup: "yes" | "no" | null };

export function scPersonOf(answers: Answers, minElements: number): ScPerson {
  const v = answers.meeting_attendance;
  return {
    ...respondentSocialCapital(answers, minElements),
    meeting: typeof v === "string" && v !== "" ? v : null,
    groupMember: yesNo(answers.group_member),
    savingsGroup: yesNo(answers.savings_group),
  };
}

function yesCount(answers: readonly ("yes" | "no" | null)[]) {
  let yes = 0;
  let n = 0;
  for (const a of answers) {
    if (a === null) continue;
    n++;
    if (a === "yes") yes++;
  }
  return { yes, n };
}

/** A unit: element scores and index are means over the respondents who have them, with counts. */
export function socialCapitalOfPeople(people: readonly ScPerson[]): SocialCapital {
  const summary = (xs: (number | null)[]) => {
    const have = xs.filter((x): x is number => x !== null);
    return { score: mean(have), n: have.length };
  };
  const elements = {} as SocialCapital["elements"];
  for (const e of SC_ELEMENTS) elements[e] = summary(people.map((p) => p.elements[e]));
  const index = summary(people.map((p) => p.index));
  const meeting: Record<string, number> = Object.fromEntries(MEETING_CODES.map((c) => [c, 0]));
  for (const p of people) if (p.meeting !== null) meeting[p.meeting] = (meeting[p.meeting] ?? 0) + 1;
  return {
    index: index.score,
    n: index.n,
    elements,
    participation: { group_member: yesCount(people.map((p) => p.groupMember)), savings_group: yesCount(people.map((p) => p.savingsGroup)), meeting_attendance: meeting },
  };
}

export function socialCapitalOf(respondents: readonly Answers[], minElements: number): SocialCapital {
  return socialCapitalOfPeople(respondents.map((r) => scPersonOf(r, minElements)));
}
