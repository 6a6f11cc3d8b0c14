"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus, TextField } from "./form-parts";

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; round: string; units: string[]; defaultTitle: string };

export function SaveComparisonForm({ action, round, units, defaultTitle }: Props) {
  const t = useTranslations("compare");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" data-testid="save-comparison">
      <FormStatus state={state} />
      <input type="hidden" name="round" value={round} />
      {units.map((u) => (
        <input key={u} type="hidden" name="units" value={u} />
      ))}
      <TextField name="title" label={t("titleLabel")} state={state} defaultValue={defaultTitle} />
      {state.fieldErrors?.units && <p className="text-sm text-red-800">{state.fieldErrors.units}</p>}
      <div>
        <button type="submit" className="btn" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
