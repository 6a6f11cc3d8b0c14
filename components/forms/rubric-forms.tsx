"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import type { Rubric } from "@/lib/scoring/rubric";
import { FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function CopyRubricForm({ action, versions, defaultFrom }: { action: Action; versions: string[]; defaultFrom: string }) {
  const t = useTranslations("rubrics");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatus state={state} />
      <div>
        <label htmlFor="from" className="label">
          {t("copyFrom")}
        </label>
        <select id="from" name="from" defaultValue={defaultFrom} className="field">
          {versions.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </div>
      <TextField name="version" label={t("newVersion")} hint={t("newVersionHint")} state={state} />
      <TextField name="label" label={t("label")} state={state} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("copy")}
      </button>
    </form>
  );
}

/** Weights, cut-offs and every level score; the server validates the whole rubric again. */
export function EditRubricForm({ action, rubric }: { action: Action; rubric: Rubric }) {
  const t = useTranslations("rubrics");
  const ts = useTranslations("scores");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  // React resets a form after its action: show what was submitted, not the stored values
  const kept = (name: string, stored: number) => {
    const v = state.values?.[name];
    return typeof v === "string" ? v : String(stored);
  };
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="version" value={rubric.version} />
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="label mb-1">{t("weights")}</legend>
        {rubric.variables.map((v) => (
          <div key={v.name}>
            <label htmlFor={`weight_${v.name}`} className="label">
              {ts(`variables.${v.name}`)}
            </label>
            <input
              id={`weight_${v.name}`}
              name={`weight_${v.name}`}
              type="number"
              step="any"
              min="0"
              max="1"
              key={kept(`weight_${v.name}`, v.weight)}
              defaultValue={kept(`weight_${v.name}`, v.weight)}
              className="field"
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="label mb-1">{t("cutoffs")}</legend>
        <div>
          <label htmlFor="cutoff_rintisan" className="label">
            {t("cutoffRintisan")}
          </label>
          <input
            id="cutoff_rintisan"
            name="cutoff_rintisan"
            type="number"
            step="any"
            key={kept("cutoff_rintisan", rubric.cutoffs.rintisan)}
            defaultValue={kept("cutoff_rintisan", rubric.cutoffs.rintisan)}
            className="field"
          />
        </div>
        <div>
          <label htmlFor="cutoff_matang" className="label">
            {t("cutoffMatang")}
          </label>
          <input
            id="cutoff_matang"
            name="cutoff_matang"
            type="number"
            step="any"
            key={kept("cutoff_matang", rubric.cutoffs.matang)}
            defaultValue={kept("cutoff_matang", rubric.cutoffs.matang)}
            className="field"
          />
        </div>
      </fieldset>
      <details>
        <summary className="cursor-pointer font-semibold">{t("levels")}</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {rubric.variables.flatMap((v) =>
            v.indicators
              .filter((i) => i.kind === "levels")
              .map((i) => (
                <fieldset key={i.name} className="rounded border border-slate-200 p-2">
                  <legend className="px-1 font-mono text-sm">{i.name}</legend>
                  <div className="grid grid-cols-2 gap-2">
                    {Object.entries((i as { levels: Record<string, number> }).levels).map(([code, score]) => (
                      <label key={code} className="text-xs">
                        {code}
                        <input
                          name={`level__${i.name}__${code}`}
                          type="number"
                          step="any"
                          min="1"
                          max="3"
                          key={kept(`level__${i.name}__${code}`, score)}
                          defaultValue={kept(`level__${i.name}__${code}`, score)}
                          className="field"
                        />
                      </label>
                    ))}
                  </div>
                </fieldset>
              )),
          )}
        </div>
      </details>
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

export function RescoreForm({ action, version }: { action: Action; version: string }) {
  const t = useTranslations("rubrics");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="btn-secondary self-start" disabled={pending}>
        {pending ? t("rescoring") : t("rescore")}
      </button>
    </form>
  );
}
