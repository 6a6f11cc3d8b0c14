import Link from "next/link";

export type PagerTexts = {
  /** the navigation's accessible name, e.g. "Halaman daftar klaster" */
  label: string;
  /** "Baris 101–200 dari 16.988", numbers already in the user's locale */
  rows: string;
  prev: string;
  next: string;
};

/**
 * Previous / next links of a server-side paginated list and which rows it shows; a missing
 * link is plain text, so the two controls keep their place on every page.
 */
export function Pager({ texts, prev, next, testId = "pager" }: { texts: PagerTexts; prev: string | null; next: string | null; testId?: string }) {
  return (
    <nav aria-label={texts.label} className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid={testId}>
      <span data-testid={`${testId}-rows`}>
        {texts.rows}
      </span>
      <span className="flex gap-3">
        {prev ? (
          <Link className="link" href={prev} rel="prev">
            ← {texts.prev}
          </Link>
        ) : (
          <span className="text-slate-500" aria-disabled="true">
            ← {texts.prev}
          </span>
        )}
        {next ? (
          <Link className="link" href={next} rel="next">
            {texts.next} →
          </Link>
        ) : (
          <span className="text-slate-500" aria-disabled="true">
            {texts.next} →
          </span>
        )}
      </span>
    </nav>
  );
}
