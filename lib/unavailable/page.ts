import type { Locale } from "@/lib/i18n/config";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

const TEXT = { id: id.unavailable, en: en.unavailable };

/** Seconds a browser or client is told to wait before asking again. */
export const RETRY_AFTER_SECONDS = 10;

/** The 503 page shown while the database is down: plain HTML, no script, no internals. */
export function unavailableHtml(locale: Locale): string {
  const t = TEXT[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${t.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937"><h1 style="font-size:1.4rem">${t.title}</h1><p>${t.body}</p></body></html>`;
}

/** The API's 503 body. */
export function unavailableJson(locale: Locale): string {
  return JSON.stringify({ error: "unavailable", message: TEXT[locale].api });
}
