"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FieldError, FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type PublicationFormValues = {
  slug?: string;
  title: string;
  authors: string;
  abstract: string;
  body: string;
  roundCode: string;
  figures: string[];
  includeDataset: boolean;
  licence: string;
};

type Props = {
  action: Action;
  values: PublicationFormValues;
  /** true: the slug is typed (new publication); false: it is fixed */
  isNew: boolean;
  rounds: { code: string; name: string; status: string }[];
  indicatorOptions: { value: string; label: string }[];
  scoreOptions: { value: string; label: string }[];
  licences: { value: string; label: string }[];
};

function Area({ name, label, rows, state, value }: { name: string; label: string; rows: number; state: ActionState; value: string }) {
  const error = state.fieldErrors?.[name];
  const kept = state.values?.[name];
  return (
    <div>
      <label htmlFor={name} className="label">
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={typeof kept === "string" ? kept : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
        className="field w-full"
      />
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}

/** Title, authors, abstract, body, round, figures, dataset and licence of a publication draft. */
export function PublicationForm({ action, values, isNew, rounds, indicatorOptions, scoreOptions, licences }: Props) {
  const t = useTranslations("publications");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const keptFigures = state.values?.["figures[]"];
  const figures = keptFigures ? [keptFigures].flat() : values.figures;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate data-testid="publication-form">
      <FormStatus state={state} />
      {isNew ? <TextField name="slug" label={t("slug")} state={state} defaultValue={values.slug} /> : <input type="hidden" name="slug" value={values.slug} />}
      <TextField name="title" label={t("titleField")} state={state} defaultValue={values.title} />
      <Area name="authors" label={t("authors")} rows={3} state={state} value={values.authors} />
      <Area name="abstract" label={t("abstract")} rows={4} state={state} value={values.abstract} />
      <Area name="body" label={t("body")} rows={10} state={state} value={values.body} />
      <div>
        <label htmlFor="roundCode" className="label">
          {t("round")}
        </label>
        <select id="roundCode" name="roundCode" defaultValue={values.roundCode} className="field max-w-full">
          <option value="">{t("noRound")}</option>
          {rounds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name} ({r.code}, {r.status})
            </option>
          ))}
        </select>
        <FieldError id="roundCode-error" message={state.fieldErrors?.roundCode} />
      </div>
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t("figures")}</legend>
        <p className="text-xs text-slate-600">{t("figuresHint")}</p>
        <p className="mt-2 text-sm font-medium">{t("indicatorFigure")}</p>
        <div className="grid gap-1 sm:grid-cols-2">
          {indicatorOptions.map((o) => (
            <label key={o.value} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="figures[]" value={o.value} defaultChecked={figures.includes(o.value)} className="mt-1" />
              <span className="min-w-0 break-words">{o.label}</span>
            </label>
          ))}
        </div>
        <p className="mt-2 text-sm font-medium">{t("scoreFigure")}</p>
        <div className="flex flex-wrap gap-3">
          {scoreOptions.map((o) => (
            <label key={o.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="figures[]" value={o.value} defaultChecked={figures.includes(o.value)} />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="includeDataset" defaultChecked={values.includeDataset} className="mt-1" />
        <span>{t("includeDataset")}</span>
      </label>
      <div>
        <label htmlFor="licence" className="label">
          {t("licence")}
        </label>
        <select id="licence" name="licence" defaultValue={values.licence} className="field">
          {licences.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

/** One button (publish, new version) or a reason and a button (withdraw). */
export function PublicationVerbForm({ action, slug, label, withReason, reasonLabel }: { action: Action; slug: string; label: string; withReason?: boolean; reasonLabel?: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <FormStatus state={state} />
      <input type="hidden" name="slug" value={slug} />
      {withReason && (
        <div className="min-w-0 grow">
          <label htmlFor="withdraw-reason" className="label">
            {reasonLabel}
          </label>
          <input id="withdraw-reason" name="reason" className="field w-full" required minLength={5} />
        </div>
      )}
      <button type="submit" className={withReason ? "btn-secondary" : "btn"} disabled={pending}>
        {label}
      </button>
    </form>
  );
}
