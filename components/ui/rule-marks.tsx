import { Fragment } from "react";
import { RULE } from "./stratum-badge";

type Status = keyof typeof RULE;

/**
 * A record's rule results in one line, for long lists: each rule's id and glossary-coloured
 * symbol for the eye, and one sentence ("R1 memenuhi, R2 tidak memenuhi, …") for screen
 * readers, so a row carries a few hundred bytes instead of five labelled chips.
 */
export function RuleMarks({ rules, sentence }: { rules: readonly { id: string; status: Status }[]; sentence: string }) {
  return (
    <>
      <span className="sr-only">{sentence}</span>
      <span aria-hidden="true" className="text-xs">
        {rules.map((r) => (
          <Fragment key={r.id}>
            {r.id}
            <b className={`rule-chip ${RULE[r.status][1]}`}>{RULE[r.status][0]}</b>
          </Fragment>
        ))}
      </span>
    </>
  );
}
