"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ChangeOwnPasswordForm({ action }: { action: Action }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatus state={state} />
      <TextField name="currentPassword" label={t("currentPassword")} type="password" state={state} autoComplete="current-password" />
      <TextField name="newPassword" label={t("newPassword")} hint={t("newPasswordHint")} type="password" state={state} autoComplete="new-password" />
      <TextField name="confirmPassword" label={t("confirmPassword")} type="password" state={state} autoComplete="new-password" />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("savePassword")}
      </button>
    </form>
  );
}

export function SignOutEverywhereForm({ action }: { action: Action }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("signOutEverywhereButton")}
      </button>
    </form>
  );
}
