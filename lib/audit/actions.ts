/**
 * Every kind of change the audit log records. insertAudit accepts only these, and the audit
 * page labels each in both languages (messages/audit.*.json, `auditActions.<group>.<verb>`).
 */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_in_delayed",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "account.create",
  "account.update",
  "account.reset_password",
  "account.change_own_password",
  "rubric.copy",
  "rubric.update",
  "rubric.rescore",
  "round.create",
  "import.respondents",
  "import.clusters",
  "import.pktd",
  "comparison.save",
  "pktd.create",
  "pktd.update",
  "programme_activity.create",
  "programme_activity.update",
  "brief.generate",
  "brief.edit",
  "brief.restore",
  "brief.regenerate",
  "brief.submit",
  "brief.send_back",
  "brief.approve",
  "brief.publish",
  "brief.reopen",
  "decision.record",
  "publication.create",
  "publication.save",
  "publication.publish",
  "publication.new_version",
  "publication.withdraw",
  "round.publish",
  "round.supersede",
  "round.withdraw",
  "round.delete",
  "token.create",
  "token.revoke",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
