"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { authorizedAction } from "@/lib/actions";
import { publicationDraftSchema, slugSchema } from "@/lib/publish/publication-schema";
import { createPublication, newVersion, publishPublication, saveDraft, withdrawPublication } from "@/services/publish";

/** Checkboxes "indicator:marketing_zone" / "scores:village" and the dataset tick, as the draft schema wants them. */
const formToDraft = z
  .object({
    title: z.string().default(""),
    authors: z.string().default(""),
    abstract: z.string().default(""),
    body: z.string().default(""),
    roundCode: z.string().default(""),
    licence: z.string().default("CC-BY-4.0"),
    includeDataset: z.string().optional(),
    "figures[]": z.union([z.string(), z.array(z.string())]).optional(),
  })
  .transform((v, ctx) => {
    const parsed = publicationDraftSchema.safeParse({
      ...v,
      includeDataset: v.includeDataset === "on",
      figures: [v["figures[]"] ?? []].flat().map((f) => {
        const [kind, name] = f.split(":");
        return kind === "scores" ? { kind, unit: name } : { kind, field: name };
      }),
    });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  });

const ip = async () => (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "local";

/** The portal's own address as the visitor reached it: the citation's URL. */
async function siteUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export const createPublicationAction = authorizedAction(
  { permission: "publication:write", schema: z.intersection(z.object({ slug: slugSchema }), formToDraft) },
  async ({ tx, user, input }) => {
    await createPublication(tx, user, input.slug, input, await ip());
    return { redirectTo: `/publications/${input.slug}` };
  },
);

export const saveDraftAction = authorizedAction(
  { permission: "publication:write", schema: z.intersection(z.object({ slug: slugSchema }), formToDraft) },
  async ({ tx, user, input }) => {
    await saveDraft(tx, user, input.slug, input, await ip());
    revalidatePath(`/publications/${input.slug}`);
    return { message: "publications.saved" };
  },
);

const slugOnly = z.object({ slug: slugSchema, reason: z.string().max(1000).optional() });

export const publishAction = authorizedAction({ permission: "publication:write", schema: slugOnly }, async ({ tx, user, input }) => {
  await publishPublication(tx, user, input.slug, await siteUrl(), new Date(), await ip());
  return { redirectTo: `/publications/${input.slug}` };
});

export const newVersionAction = authorizedAction({ permission: "publication:write", schema: slugOnly }, async ({ tx, user, input }) => {
  await newVersion(tx, user, input.slug, await ip());
  return { redirectTo: `/publications/${input.slug}` };
});

export const withdrawAction = authorizedAction({ permission: "publication:write", schema: slugOnly }, async ({ tx, user, input }) => {
  await withdrawPublication(tx, user, input.slug, input.reason ?? "", await ip());
  return { redirectTo: `/publications/${input.slug}` };
});
