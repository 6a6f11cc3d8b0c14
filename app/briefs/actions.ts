"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { SECTION_KEYS } from "@/lib/briefs/document";
import { BRIEF_ACTIONS } from "@/lib/briefs/workflow";
import { AppError } from "@/lib/errors";
import { editBriefSection, generateBrief, regenerateBrief, restoreBriefVersion, transitionBrief, type BriefActor } from "@/services/briefs";

const actorOf = (u: CurrentUser): BriefActor => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, regions: u.regions });
const briefId = z.coerce.number().int().positive();

export const generateBriefAction = authorizedAction(
  {
    permission: "brief:write",
    schema: z.object({ unit: z.string().trim().min(3).max(80), round: z.string().trim().min(1).max(64), rubric: z.string().trim().max(64).optional(), lang: z.enum(["id", "en"]) }),
  },
  async ({ tx, user, input }) => {
    const m = /^(cluster|village|district|regency):(.+)$/.exec(input.unit);
    if (!m) throw new AppError("invalid", "brief_bad_unit");
    const { id } = await generateBrief(tx, actorOf(user), {
      unit: { type: m[1] as "cluster", code: m[2]! },
      roundCode: input.round,
      rubricVersion: input.rubric || undefined,
      lang: input.lang,
    });
    return { redirectTo: `/briefs/${id}` };
  },
);

export const editBriefSectionAction = authorizedAction(
  {
    permission: "brief:write",
    schema: z.object({ briefId, baseVersion: z.coerce.number().int().positive(), section: z.enum(SECTION_KEYS), heading: z.string().trim().min(1).max(200), body: z.string().max(20_000) }),
  },
  async ({ tx, user, input }) => {
    await editBriefSection(tx, actorOf(user), input);
    return { redirectTo: `/briefs/${input.briefId}#${input.section}` };
  },
);

export const transitionBriefAction = authorizedAction(
  // the service checks the transition's own permission (write or review) and the region
  { permission: "brief:view", schema: z.object({ briefId, action: z.enum(BRIEF_ACTIONS as [string, ...string[]]), comment: z.string().max(2000).optional() }) },
  async ({ tx, user, input }) => {
    await transitionBrief(tx, actorOf(user), { briefId: input.briefId, action: input.action as (typeof BRIEF_ACTIONS)[number], comment: input.comment });
    // the same page, re-rendered with the new status (a redirect to it could be taken for a hash change)
    revalidatePath(`/briefs/${input.briefId}`);
    return { message: `briefs.workflow.done.${input.action}` };
  },
);

export const restoreBriefAction = authorizedAction(
  { permission: "brief:write", schema: z.object({ briefId, version: z.coerce.number().int().positive() }) },
  async ({ tx, user, input }) => {
    await restoreBriefVersion(tx, actorOf(user), input);
    revalidatePath(`/briefs/${input.briefId}`);
    return { message: "briefs.workflow.done.restore" };
  },
);

export const regenerateBriefAction = authorizedAction({ permission: "brief:write", schema: z.object({ briefId }) }, async ({ tx, user, input }) => {
  await regenerateBrief(tx, actorOf(user), input);
  revalidatePath(`/briefs/${input.briefId}`);
  return { message: "briefs.workflow.done.regenerate" };
});
