import { z } from "zod";
import { ROLES } from "./permissions";

// Messages are keys under `validation.` in messages/*.json.
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, "username_format");
const displayName = z.string().trim().min(1, "required").max(100, "too_long");
const role = z.enum(ROLES, "role");
const password = z.string().min(10, "password_short").max(256, "too_long");

/** "18.01, 18.07" or ["18.01"] → ["18.01", "18.07"]: province or regency codes, no duplicates. */
const regionCodes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((Array.isArray(v) ? v.join(",") : (v ?? "")).split(/[\s,;]+/).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^\d{2}(\.\d{2})?$/, "region_code")).max(50, "too_long"));

function requireRegionsForOfficials(v: { role: string; regions: string[] }, ctx: z.RefinementCtx) {
  if (v.role === "regency_official" && v.regions.length === 0) {
    ctx.addIssue({ code: "custom", path: ["regions"], message: "regions_required" });
  }
}

export const createAccountSchema = z
  .object({ username, displayName, role, regions: regionCodes, password })
  .superRefine(requireRegionsForOfficials);

export const updateAccountSchema = z
  .object({
    id: z.coerce.number().int().positive("invalid"),
    displayName,
    role,
    regions: regionCodes,
    active: z.enum(["true", "false"], "invalid").transform((v) => v === "true"),
  })
  .superRefine(requireRegionsForOfficials);

export const resetPasswordSchema = z.object({
  id: z.coerce.number().int().positive("invalid"),
  newPassword: password,
});

/** A user's own password change: the current one, the new one twice, and not the same again. */
export const changeOwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1, "required").max(256, "too_long"), newPassword: password, confirmPassword: z.string() })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password_mismatch" });
    else if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "password_unchanged" });
  });

export const noInput = z.object({});
