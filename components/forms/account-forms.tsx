"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { ROLES } from "@/lib/auth/permissions";
import { FieldError, FormStatus, TextField } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function RoleSelect({ state, defaultValue }: { state: ActionState; defaultValue?: string }) {
  const t = useTranslations();
  const kept = state.values?.role;
  return (
    <div>
      <label htmlFor="role" className="label">
        {t("admin.role")}
      </label>
      <select id="role" name="role" defaultValue={typeof kept === "string" ? kept : defaultValue} className="field" key={String(kept)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <FieldError id="role-error" message={state.fieldErrors?.role} />
    </div>
  );
}

export function CreateAccountForm({ action }: { action: Action }) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatus state={state} />
      <TextField name="username" label={t("username")} hint={t("usernameHint")} state={state} autoComplete="off" />
      <TextField name="displayName" label={t("displayName")} state={state} />
      <RoleSelect state={state} defaultValue="regency_official" />
      <TextField name="regions" label={t("regions")} hint={t("regionsHint")} state={state} />
      <TextField name="password" label={t("initialPassword")} hint={t("passwordHint")} type="password" state={state} autoComplete="new-password" />
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

export function EditAccountForm({
  action,
  account,
}: {
  action: Action;
  account: { id: number; displayName: string; role: string; regions: string[]; active: boolean };
}) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={account.id} />
      <TextField name="displayName" label={t("displayName")} state={state} defaultValue={account.displayName} />
      <RoleSelect state={state} defaultValue={account.role} />
      <TextField name="regions" label={t("regions")} hint={t("regionsHint")} state={state} defaultValue={account.regions.join(", ")} />
      <fieldset>
        <legend className="label">{t("status")}</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" name="active" value="true" defaultChecked={account.active} /> {t("active")}
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" name="active" value="false" defaultChecked={!account.active} /> {t("disabled")}
        </label>
      </fieldset>
      <button type="submit" className="btn self-start" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

export function ResetPasswordForm({ action, id }: { action: Action; id: number }) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField name="newPassword" label={t("newPassword")} hint={t("passwordHint")} type="password" state={state} autoComplete="new-password" />
      <button type="submit" className="btn-secondary self-start" disabled={pending}>
        {t("resetPassword")}
      </button>
    </form>
  );
}
