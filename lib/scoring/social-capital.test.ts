import { describe, expect, it } from "vitest";
import { respondentSocialCapital, socialCapitalOf } from "./social-capital";

const all = (v: number | null) => ({
  sc_trust_1: v, sc_trust_2: v, sc_reciprocity_1: v, sc_reciprocity_2: v, sc_norms_1: v, sc_norms_2: v, sc_networks_1: v, sc_networks_2: v,
});

describe("social capital of one respondent", () => {
  it.each([[1, 0], [2, 25], [3, 50], [4, 75], [5, 100]])("Likert %i everywhere → %i", (likert, score) => {
    const r = respondentSocialCapital(all(likert), 3);
    expect(r.elements).toEqual({ trust: score, reciprocity: score, norms: score, networks: score });
    expect(r.index).toBe(score);
  });

  it("takes the mean of the two items, and one item is enough", () => {
    const r = respondentSocialCapital({ ...all(3), sc_trust_1: 4, sc_trust_2: 5, sc_norms_2: null }, 3);
    expect(r.elements.trust).toBe(87.5);
    expect(r.elements.norms).toBe(50);
  });

  it("needs at least three of the four elements for an index", () => {
    const three = respondentSocialCapital({ ...all(5), sc_networks_1: null, sc_networks_2: null }, 3);
    expect(three.elements.networks).toBeNull();
    expect(three.index).toBe(100);
    const two = respondentSocialCapital({ ...all(5), sc_networks_1: null, sc_networks_2: null, sc_norms_1: null, sc_norms_2: null }, 3);
    expect(two.index).toBeNull();
    expect(two.elements.trust).toBe(100);
  });

  it("ignores answers outside 1-5", () => {
    expect(respondentSocialCapital({ ...all(3), sc_trust_1: 0, sc_trust_2: 6 }, 3).elements.trust).toBeNull();
  });
});

describe("social capital of a unit", () => {
  it("averages elements and index over the respondents who have them, with counts", () => {
    const s = socialCapitalOf(
      [
        { ...all(5), group_member: "yes", savings_group: "no", meeting_attendance: "weekly" },
        { ...all(1), sc_networks_1: null, sc_networks_2: null, group_member: "no", savings_group: null, meeting_attendance: "weekly" },
        { ...all(null), sc_trust_1: 3, group_member: null, meeting_attendance: "never" },
      ],
      3,
    );
    expect(s.index).toBe(50);
    expect(s.n).toBe(2);
    expect(s.elements.trust).toEqual({ score: 50, n: 3 });
    expect(s.elements.networks).toEqual({ score: 100, n: 1 });
    expect(s.participation).toEqual({
      group_member: { yes: 1, n: 2 },
      savings_group: { yes: 0, n: 1 },
      meeting_attendance: { never: 1, sometimes: 0, monthly: 0, weekly: 2 },
    });
  });

  it("has no index without data", () => {
    expect(socialCapitalOf([], 3)).toMatchObject({ index: null, n: 0 });
  });
});
