"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { changeRound } from "@/services/rounds";

const schema = z.object({
  code: z.string().trim().min(1).max(64),
  verb: z.enum(["publish", "supersede", "withdraw", "delete"]),
  reason: z.string().trim().max(1000).optional(),
  supersededBy: z.string().trim().max(64).optional(),
  confirm: z.string().trim().max(64).optional(),
});

/** Publish, supersede, withdraw or delete (drafts only) a round: services/rounds.ts decides what is allowed. */
export const changeRoundAction = authorizedAction({ permission: "survey:import", schema }, async ({ tx, user, input }) => {
  if (input.verb === "delete" && input.confirm !== input.code) throw new AppError("invalid", "round_delete_mismatch");
  const ip = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
  await changeRound(tx, user, input, ip);
  revalidatePath("/data");
  if (input.verb === "delete") return { redirectTo: "/data" };
  return { message: input.verb === "publish" ? "roundStatus.publishedDone" : "roundStatus.changed" };
});
