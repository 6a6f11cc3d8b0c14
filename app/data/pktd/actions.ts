"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/actions";
import { activityFormSchema } from "@/lib/policy/activity-form";
import { pktdFormSchema } from "@/lib/policy/pktd-form";
import { savePktdRecord, saveProgrammeActivity } from "@/services/policy-support";

/** Thin adapter: the service checks permission, scope and version again inside the transaction. */
export const savePktdAction = authorizedAction(
  { permission: "policy:edit", schema: pktdFormSchema, region: (i) => i.record.village_code },
  async ({ tx, user, input, audit }) => {
    const saved = await savePktdRecord({ tx, actor: user, audit }, input);
    return { redirectTo: `/data/pktd/edit?village=${saved.villageCode}&year=${saved.year}&saved=1` };
  },
);

const activityActionSchema = activityFormSchema.extend({ id: z.coerce.number().int().positive().optional().or(z.literal("").transform(() => undefined)) });

export const saveActivityAction = authorizedAction({ permission: "policy:edit", schema: activityActionSchema }, async ({ tx, user, input, audit }) => {
  await saveProgrammeActivity({ tx, actor: user, audit }, input);
  return { redirectTo: "/data/pktd/activities?saved=1" };
});
