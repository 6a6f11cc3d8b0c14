"use client";

import "@/lib/zod-browser";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import { RuleMark } from "@/components/ui/stratum-badge";
import type { ActionState } from "@/lib/actions";
import { PKTD_FIELDS, type FieldDef } from "@/lib/instrument/fields";
import { partialRecord, pktdFormSchema } from "@/lib/policy/pktd-form";
import { checkPktd, RULE_IDS } from "@/lib/scoring/policy-support";
import type { Rubric } from "@/lib/scoring/rubric";
import { FormStatus } from "./form-parts";

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  village: { code: string; name: string };
  year: number;
  /** the record's values as text, blank for a new record */
  initial: Record<string, string>;
  version: number;
  rubric: Pick<Rubric, "pktd">;
};

const EDITABLE = PKTD_FIELDS.filter((f) => f.name !== "village_code" && f.name !== "year");
const GROUPS = [...new Set(EDITABLE.map((f) => f.group))];

/**
 * The PKTD record of one village and year. The same zod schema as the server checks every
 * field as she types (shown once a field is left, and all at once on saving), and the rule
 * checks R1-R5 come from the scoring's own function on whatever is already filled in.
 */
export function PktdForm({ action, village, year, initial, version, rubric }: Props) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "id";
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const kept = state.values as Record<string, string> | undefined;
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...initial, ...(kept ?? {}) }));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);

  const all = { ...values, village_code: village.code, year: String(year), expectedVersion: String(version) };
  const clientErrors = useMemo(() => {
    const r = pktdFormSchema.safeParse(all);
    const out: Record<string, string> = {};
    if (!r.success) for (const issue of r.error.issues) out[String(issue.path[0])] ??= t.has(`validation.${issue.message}`) ? t(`validation.${issue.message}`) : t("validation.invalid");
    return out;
    // `all` is rebuilt from `values` on every render
  }, [JSON.stringify(all)]); // eslint-disable-line react-hooks/exhaustive-deps
  const check = checkPktd(rubric, partialRecord(all));
  const errorOf = (name: string) => ((submitted || touched.has(name)) && clientErrors[name]) || state.fieldErrors?.[name];
  const shown = EDITABLE.filter((f) => errorOf(f.name));
  const pct = (x: number | null) => (x === null ? "—" : `${new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 1 }).format(100 * x)} %`);

  const input = (f: FieldDef) => {
    const error = errorOf(f.name);
    const common = {
      id: f.name,
      name: f.name,
      value: values[f.name] ?? "",
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${f.name}-error` : undefined,
      onBlur: () => setTouched(new Set(touched).add(f.name)),
    };
    const set = (v: string) => setValues({ ...values, [f.name]: v });
    if (f.type === "code") {
      return (
        <select {...common} className="field w-full" onChange={(e) => set(e.target.value)}>
          <option value="">{t("policy.choose")}</option>
          {(f.codes ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.label[locale]}
            </option>
          ))}
        </select>
      );
    }
    if (f.type === "text") return <textarea {...common} rows={2} className="field w-full" onChange={(e) => set(e.target.value)} />;
    return <input {...common} type="text" inputMode={f.type === "number" ? "decimal" : "numeric"} className="field w-full" onChange={(e) => set(e.target.value)} />;
  };

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(e) => {
        setSubmitted(true);
        if (Object.keys(clientErrors).length > 0) e.preventDefault();
      }}
      className="flex flex-col gap-4"
      data-testid="pktd-form"
    >
      <FormStatus state={state} />
      {shown.length > 0 && (
        <div role="alert" className="rounded-md border border-fail bg-red-50 p-3 text-sm text-red-900" data-testid="error-summary">
          <p className="font-semibold">{t("policy.errorSummary", { count: shown.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {shown.map((f) => (
              <li key={f.name}>
                <a className="underline" href={`#${f.name}`}>
                  {f.label[locale]}
                </a>
                : {errorOf(f.name)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="village_code" value={village.code} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="expectedVersion" value={version} />

      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {GROUPS.map((g) => (
            <fieldset key={g} className="card flex flex-col gap-3">
              <legend className="px-1 font-semibold">{t(`policy.groups.${g}`)}</legend>
              {EDITABLE.filter((f) => f.group === g).map((f) => (
                <div key={f.name}>
                  <label htmlFor={f.name} className="label">
                    {f.label[locale]}
                    {!f.required && <span className="font-normal text-slate-600"> ({t("policy.optional")})</span>}
                  </label>
                  {input(f)}
                  {errorOf(f.name) && (
                    <p id={`${f.name}-error`} className="mt-1 text-sm text-red-800">
                      {errorOf(f.name)}
                    </p>
                  )}
                </div>
              ))}
            </fieldset>
          ))}
        </div>
        <aside className="card order-first h-fit lg:sticky lg:top-4 lg:order-none" aria-labelledby="checks-title" data-testid="live-checks">
          <h2 id="checks-title" className="font-semibold">
            {t("policy.checksTitle")}
          </h2>
          <p className="mt-1 text-xs text-slate-700">{t("policy.checksExplain", { year, min: pct(check.wageShareMin) })}</p>
          <p className="mt-2 text-sm" data-testid="wage-share">
            {t("policy.wageShare", { share: pct(check.wageShare) })}
          </p>
          <ul className="mt-2 flex flex-col gap-1 text-sm" aria-live="polite">
            {RULE_IDS.map((r) => (
              <li key={r} data-rule={r} data-status={check.rules[r]} className="flex items-start gap-2">
                <RuleMark status={check.rules[r]} label={t(`scores.status.${check.rules[r]}`)} />
                <span>
                  <strong>{r}</strong> {t(`scores.rules.${r}`)} — {t(`scores.status.${check.rules[r]}`)}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm font-medium">{t("policy.passedCount", { passed: check.passed })}</p>
        </aside>
      </div>
      <div>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("policy.saving") : t("policy.save")}
        </button>
      </div>
    </form>
  );
}
