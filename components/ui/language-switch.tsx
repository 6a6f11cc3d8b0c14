import { setLocaleAction } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/config";

/** Two submit buttons: works without JavaScript; the current language is marked pressed. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={label}>
      {(["id", "en"] as const).map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={locale === l}
          lang={l}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${locale === l ? "bg-white text-brand" : "text-white hover:bg-white/20"}`}
        >
          {l === "id" ? "ID" : "EN"}
          <span className="sr-only">{l === "id" ? " Bahasa Indonesia" : " English"}</span>
        </button>
      ))}
    </form>
  );
}
