import type { Tx } from "@/db/client";
import type { AuditEntry } from "@/lib/actions";
import type { Actor } from "@/lib/auth/permissions";

/**
 * What a service verb runs with: the caller's transaction (the server action's, or a test's),
 * who acts, and the audit writer of that same transaction.
 */
export type ServiceContext = {
  tx: Tx;
  actor: Actor & { id: number | null; username: string };
  audit: (entry: AuditEntry) => Promise<void>;
};
