"use client";

import "@/lib/zod-browser";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions";
import { activityFormSchema, PROGRAMME_KINDS } from "@/lib/policy/activity-form";
import { FormStatus } from "./form-parts";

type Cluster = { id: number; name: string; roundName: string };
type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  clusters: Cluster[];
  kindLabels: Record<string, { id: string; en: string }>;
  /** an activity being corrected */
  editing?: { id: number; clusterId: number; kind: string; date: string; budget: string; provider: string };
};

const FIELDS = ["clusterId", "kind", "date", "budget", "provider"] as const;

/** A programme activity given to a cluster; checked with the server's own schema as she types. */
export function ActivityForm({ action, clusters, kindLabels, editing }: Props) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "id";
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [values, setValues] = useState<Record<string, string>>({
    clusterId: editing ? String(editing.clusterId) : "",
    kind: editing?.kind ?? "",
    date: editing?.date ?? "",
    budget: editing?.budget ?? "",
    provider: editing?.provider ?? "",
  });
  const [submitted, setSubmitted] = useState(false);
  const parsed = activityFormSchema.safeParse(values);
  const clientErrors: Record<string, string> = {};
  if (!parsed.success) for (const i of parsed.error.issues) clientErrors[String(i.path[0])] ??= t.has(`validation.${i.message}`) ? t(`validation.${i.message}`) : t("validation.invalid");
  const errorOf = (f: string) => (submitted && clientErrors[f]) || state.fieldErrors?.[f];
  const label: Record<(typeof FIELDS)[number], string> = {
    clusterId: t("policy.cluster"),
    kind: t("policy.kind"),
    date: t("policy.date"),
    budget: t("policy.budget"),
    provider: t("policy.provider"),
  };
  const shown = FIELDS.filter((f) => errorOf(f));
  const common = (f: (typeof FIELDS)[number]) => ({
    id: f,
    name: f,
    value: values[f],
    "aria-invalid": errorOf(f) ? true : undefined,
    "aria-describedby": errorOf(f) ? `${f}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [f]: e.target.value }),
    className: "field w-full",
  });

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(e) => {
        setSubmitted(true);
        if (!parsed.success) e.preventDefault();
      }}
      className="flex flex-col gap-3"
      data-testid="activity-form"
    >
      <FormStatus state={state} />
      {shown.length > 0 && (
        <div role="alert" className="rounded-md border border-fail bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("policy.errorSummary", { count: shown.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {shown.map((f) => (
              <li key={f}>
                <a className="underline" href={`#${f}`}>
                  {label[f]}
                </a>
                : {errorOf(f)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing && <input type="hidden" name="id" value={editing.id} />}
      {FIELDS.map((f) => (
        <div key={f}>
          <label htmlFor={f} className="label">
            {label[f]}
          </label>
          {f === "clusterId" ? (
            <select {...common(f)}>
              <option value="">{t("policy.chooseCluster")}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} — {c.roundName}
                </option>
              ))}
            </select>
          ) : f === "kind" ? (
            <select {...common(f)}>
              <option value="">{t("policy.choose")}</option>
              {PROGRAMME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]?.[locale] ?? k}
                </option>
              ))}
            </select>
          ) : (
            <input {...common(f)} type={f === "date" ? "date" : "text"} inputMode={f === "budget" ? "numeric" : undefined} />
          )}
          {errorOf(f) && (
            <p id={`${f}-error`} className="mt-1 text-sm text-red-800">
              {errorOf(f)}
            </p>
          )}
        </div>
      ))}
      <div>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("policy.saving") : editing ? t("policy.editActivity") : t("policy.addActivity")}
        </button>
      </div>
    </form>
  );
}
