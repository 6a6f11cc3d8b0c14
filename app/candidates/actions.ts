"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/actions";
import { decisionInputSchema, recordDecision } from "@/services/decide";

/** Thin adapter: the service checks the cluster's region, so a direct POST outside her regions is refused. */
export const recordDecisionAction = authorizedAction({ permission: "decision:record", schema: decisionInputSchema }, async ({ tx, user, input, audit }) => {
  await recordDecision(tx, user, input, { audit });
  revalidatePath("/candidates");
  revalidatePath("/");
  return { message: "decisions.form.saved" };
});
