"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FieldError, FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
const KINDS = ["shortlisted", "selected", "rejected", "deferred"] as const;

/** Record a decision; the round, rubric and cluster travel as hidden fields and are checked on the server. */
export function DecisionForm({ action, round, rubric, cluster }: { action: Action; round: string; rubric: string; cluster: string }) {
  const t = useTranslations("decisions");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const kept = (name: string) => (state.ok ? undefined : typeof state.values?.[name] === "string" ? (state.values[name] as string) : undefined);
  const kindError = state.fieldErrors?.kind;
  const reasonError = state.fieldErrors?.reason;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate data-testid="decision-form">
      <FormStatus state={state} />
      <input type="hidden" name="round" value={round} />
      <input type="hidden" name="rubric" value={rubric} />
      <input type="hidden" name="cluster" value={cluster} />
      <fieldset aria-describedby={kindError ? "kind-error" : undefined}>
        <legend className="label">{t("form.kind")}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1" key={kept("kind") ?? "kind"}>
          {KINDS.map((k) => (
            <label key={k} className="flex items-center gap-1">
              <input type="radio" name="kind" value={k} defaultChecked={kept("kind") === k} />
              {t(`kind.${k}`)}
            </label>
          ))}
        </div>
        <FieldError id="kind-error" message={kindError} />
      </fieldset>
      <div>
        <label htmlFor="reason" className="label">
          {t("form.reason")}
        </label>
        <p id="reason-hint" className="text-xs text-slate-600">
          {t("form.reasonHint")}
        </p>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          className="field w-full"
          defaultValue={kept("reason")}
          key={kept("reason") ?? "reason"}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? "reason-hint reason-error" : "reason-hint"}
        />
        <FieldError id="reason-error" message={reasonError} />
      </div>
      <TextField name="reviewOn" label={t("form.reviewOn")} type="date" state={state} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("form.submit")}
      </button>
    </form>
  );
}
