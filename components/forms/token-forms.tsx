"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Name and lifetime of a new token; the token itself is shown once, right here. */
export function CreateTokenForm({ action }: { action: Action }) {
  const t = useTranslations("tokens");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {!state.data?.token && <FormStatus state={state} />}
      {state.data?.token && (
        <div role="status" className="rounded-md border border-pass bg-emerald-50 p-3 text-sm text-emerald-900">
          <p>{t("shownOnce")}</p>
          <code className="mt-1 block break-all font-mono" data-testid="new-token">
            {state.data.token}
          </code>
        </div>
      )}
      <TextField name="name" label={t("name")} state={state} />
      <TextField name="days" label={t("days")} type="number" defaultValue="90" state={state} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function RevokeTokenButton({ action, id }: { action: Action; id: number }) {
  const t = useTranslations("tokens");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t("revoke")}
      </button>
      {state.message && !state.ok && <span className="ml-2 text-sm text-red-800">{state.message}</span>}
    </form>
  );
}
