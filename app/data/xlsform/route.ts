import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { buildXlsForm } from "@/lib/instrument/xlsform";

export const dynamic = "force-dynamic";

/** The questionnaire as an XLSForm for KoboToolbox / ODK, built from the same definition the importer uses. */
export async function GET() {
  const user = await getCurrentUser();
  // signed out: 401, so a client knows to sign in; a role without the right: not found
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "survey:view")) return new Response("Not found", { status: 404 });
  const body = await buildXlsForm();
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="ir-klaster-v1-xlsform.xlsx"',
    },
  });
}
