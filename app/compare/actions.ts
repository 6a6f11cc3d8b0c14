"use server";

import { authorizedAction } from "@/lib/actions";
import { saveComparisonSchema } from "@/lib/compare/selection";
import { saveComparison } from "@/services/compare";

/** Saves the comparison on screen and opens its short link. */
export const saveComparisonAction = authorizedAction({ permission: "survey:view", schema: saveComparisonSchema }, async ({ tx, user, input, audit }) => {
  const id = await saveComparison({ tx, actor: user, audit }, input);
  return { redirectTo: `/compare/s/${id}` };
});
