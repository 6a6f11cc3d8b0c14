import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { displayTimeZone } from "../format";
import { LOCALE_COOKIE, toLocale } from "./config";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: await loadMessages(locale), timeZone: displayTimeZone() };
});
