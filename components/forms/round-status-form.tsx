"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Status = "draft" | "published" | "superseded" | "withdrawn";

/** The life-cycle buttons a round's status allows: publish or delete a draft, supersede or withdraw a published round. */
export function RoundStatusForms({ action, code, status }: { action: Action; code: string; status: Status }) {
  const t = useTranslations("roundStatus");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  if (status === "withdrawn") return null;
  return (
    <div className="mt-3 flex flex-col gap-3" data-testid="round-status-forms">
      <FormStatus state={state} />
      {status === "draft" && (
        <>
          <form action={formAction}>
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="verb" value="publish" />
            <button type="submit" className="btn" disabled={pending}>
              {t("publish")}
            </button>
          </form>
          <form action={formAction} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="verb" value="delete" />
            <div>
              <label htmlFor="confirm" className="label">
                {t("deleteConfirm")}
              </label>
              <input id="confirm" name="confirm" className="field" autoComplete="off" />
            </div>
            <button type="submit" className="btn-secondary" disabled={pending}>
              {t("delete")}
            </button>
          </form>
        </>
      )}
      {(status === "published" || status === "superseded") && (
        <form action={formAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="code" value={code} />
          <div className="min-w-0 grow">
            <label htmlFor="reason" className="label">
              {t("reason")}
            </label>
            <input id="reason" name="reason" className="field w-full" required minLength={5} />
          </div>
          {status === "published" && (
            <div>
              <label htmlFor="supersededBy" className="label">
                {t("successor")}
              </label>
              <input id="supersededBy" name="supersededBy" className="field" />
            </div>
          )}
          <button type="submit" name="verb" value="withdraw" className="btn-secondary" disabled={pending}>
            {t("withdraw")}
          </button>
          {status === "published" && (
            <button type="submit" name="verb" value="supersede" className="btn-secondary" disabled={pending}>
              {t("supersede")}
            </button>
          )}
        </form>
      )}
    </div>
  );
}
