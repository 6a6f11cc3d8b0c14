import type { Locale } from "@/lib/i18n/config";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

const TEXT = { id: id.unavailable, en: en.unavailable };
const BAD_ADDRESS = { id: id.badAddress, en: en.badAddress };

/** Seconds a browser or client is told to wait before asking again. */
export const RETRY_AFTER_SECONDS = 10;

/** A page of one sentence answered before any page code runs: plain HTML, no script, no internals. */
function plainHtml(locale: Locale, text: { title: string; body: string }, refreshSeconds?: number): string {
  const refresh = refreshSeconds === undefined ? "" : `<meta http-equiv="refresh" content="${refreshSeconds}">`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${text.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937"><h1 style="font-size:1.4rem">${text.title}</h1><p>${text.body}</p></body></html>`;
}

/** The 503 page shown while the database is down. */
export function unavailableHtml(locale: Locale): string {
  return plainHtml(locale, TEXT[locale], RETRY_AFTER_SECONDS);
}

/** The API's 503 body. */
export function unavailableJson(locale: Locale): string {
  return JSON.stringify({ error: "unavailable", message: TEXT[locale].api });
}

/**
 * A path whose percent codes do not decode (`/data/rounds/%E0%A4%A`): Next would answer its
 * dynamic pages with a bare 500, so the proxy answers 400 with a sentence instead.
 */
export function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function badAddressHtml(locale: Locale): string {
  return plainHtml(locale, BAD_ADDRESS[locale]);
}

export function badAddressJson(locale: Locale): string {
  return JSON.stringify({ error: "bad_request", message: BAD_ADDRESS[locale].api });
}
