import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { insertAudit } from "@/db/queries/audit";
import { runInTransaction } from "@/db/transaction";
import type { AuditAction } from "./audit/actions";
import { requestAddress } from "./auth/options";
import { can, type Permission } from "./auth/permissions";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import { AppError } from "./errors";
import { formDataToObject, issuesByField } from "./form-data";

export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** the submitted values, so a form keeps what the user typed after an error */
  values?: Record<string, string | string[]>;
  /** plain values the action hands back once (a new API token), never translated */
  data?: Record<string, string>;
};

export type AuditEntry = { action: AuditAction; entityType: string; entityId?: string; before?: unknown; after?: unknown };

export type ActionContext<I> = {
  user: CurrentUser;
  input: I;
  tx: Tx;
  /** the raw form, for uploaded files (the schema sees only its text fields) */
  formData: FormData;
  /** writes the audit row in the same transaction as the change */
  audit: (entry: AuditEntry) => Promise<void>;
};

type Outcome = { message?: string; redirectTo?: string; data?: Record<string, string> } | void;

/**
 * The only way to write a server action: authenticate, authorize (role, then region),
 * validate with zod, run in a transaction with its audit row, answer in the user's language.
 * Validation messages in schemas are keys under `validation.`.
 */
export function authorizedAction<S extends z.ZodType, P = undefined>(
  options: {
    permission: Permission;
    schema: S;
    region?: (input: z.output<S>) => string | undefined;
    /** slow work before the transaction (reading an upload), so no transaction waits on it */
    prepare?: (ctx: { user: CurrentUser; input: z.output<S>; formData: FormData }) => Promise<P>;
  },
  fn: (ctx: ActionContext<z.output<S>> & { prepared: P }) => Promise<Outcome>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const t = await getTranslations();
    const values = formDataToObject(formData);
    // no password, current or new, is ever sent back to the form
    for (const key of Object.keys(values)) if (/password/i.test(key)) delete values[key];
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.unauthenticated") };
    if (!can(user, options.permission)) return { ok: false, message: t("errors.forbidden") };
    const parsed = options.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const keys = issuesByField(parsed.error.issues);
      const fieldErrors = Object.fromEntries(
        Object.entries(keys).map(([field, key]) => [field, t.has(`validation.${key}`) ? t(`validation.${key}`) : t("validation.invalid")]),
      );
      return { ok: false, message: t("errors.invalid"), fieldErrors, values };
    }
    const region = options.region?.(parsed.data);
    if (region !== undefined && !can(user, options.permission, region)) return { ok: false, message: t("errors.not_found"), values };
    const ip = requestAddress(await headers()) ?? "unknown";
    let outcome: Outcome;
    try {
      const prepared = (options.prepare ? await options.prepare({ user, input: parsed.data, formData }) : undefined) as P;
      outcome = await runInTransaction((tx) =>
        fn({
          user,
          input: parsed.data,
          prepared,
          tx,
          formData,
          audit: (e) => insertAudit(tx, { ...e, actorId: user.id, actorUsername: user.username, ip }),
        }),
      );
    } catch (e) {
      if (e instanceof AppError) {
        const key = e.messageKey && t.has(`errors.${e.messageKey}`) ? `errors.${e.messageKey}` : `errors.${e.code}`;
        return { ok: false, message: t(key), values };
      }
      console.error("action failed", e);
      return { ok: false, message: t("errors.internal"), values };
    }
    // redirect throws by design: keep it outside the try above
    if (outcome?.redirectTo) redirect(outcome.redirectTo);
    return { ok: true, message: outcome?.message ? t(outcome.message) : t("common.saved"), data: outcome?.data };
  };
}
