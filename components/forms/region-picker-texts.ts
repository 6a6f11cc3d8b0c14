import { getTranslations } from "next-intl/server";
import type { RegionPickerTexts } from "./region-picker";

/** The region picker's words in the user's language; `label` names what the region filters. */
export async function regionPickerTexts(label: "filter" | "export" | "mapLevel"): Promise<RegionPickerTexts> {
  const t = await getTranslations("regionPicker");
  return { label: t(label), hint: t("hint"), results: t.raw("results") as string, none: t("none"), clear: t("clear"), suggestions: t("suggestions") };
}
