"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { FormStatus } from "./form-parts";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "Import" is offered only for a clean file; with errors only the explicit valid-rows choice. */
export function CommitImportForm({ action, id, token, hasErrors, validRows }: { action: Action; id: string; token: string; hasErrors: boolean; validRows: number }) {
  const t = useTranslations("import");
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      {/* the preview this user saw: the commit is refused if the round changed since */}
      <input type="hidden" name="token" value={token} />
      <div className="flex flex-wrap gap-2">
        {!hasErrors && (
          <button type="submit" name="mode" value="all" className="btn" disabled={pending}>
            {t("commit")}
          </button>
        )}
        {hasErrors && validRows > 0 && (
          <button type="submit" name="mode" value="valid_only" className="btn-secondary" disabled={pending}>
            {t("commitValidOnly", { count: validRows })}
          </button>
        )}
      </div>
    </form>
  );
}
