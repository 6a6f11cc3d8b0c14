"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions";
import { createToken, revokeToken } from "@/services/tokens";

const ip = async () => (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "local";

const createSchema = z.object({
  name: z.string().trim().min(1, "required").max(80, "too_long"),
  days: z.coerce.number().int("invalid").min(1, "invalid").max(365, "invalid"),
});

/** The secret goes back to the browser once, in this answer; the database keeps its hash. */
export const createTokenAction = authorizedAction({ permission: "token:own", schema: createSchema }, async ({ tx, user, input }) => {
  const { secret } = await createToken(tx, user, input, new Date(), await ip());
  revalidatePath("/account/tokens");
  return { message: "tokens.create", data: { token: secret } };
});

export const revokeTokenAction = authorizedAction({ permission: "token:own", schema: z.object({ id: z.coerce.number().int().positive() }) }, async ({ tx, user, input }) => {
  await revokeToken(tx, user, input.id, await ip());
  revalidatePath("/account/tokens");
  revalidatePath("/admin/tokens");
  return { message: "tokens.revokedDone" };
});
