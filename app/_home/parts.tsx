import Link from "next/link";
import type { ReactNode } from "react";

/** One dashboard card: a heading that links to the page behind it. */
export function Panel({ id, title, href, children }: { id: string; title: string; href: string; children: ReactNode }) {
  return (
    <section className="card flex flex-col gap-2" aria-labelledby={id} data-testid={id}>
      <h2 id={id} className="text-lg font-semibold">
        <Link className="link" href={href}>
          {title}
        </Link>
      </h2>
      {children}
    </section>
  );
}

/** A figure that is itself the link to where it comes from. */
export function Figure({ href, value, label, testId }: { href: string; value: string; label: ReactNode; testId?: string }) {
  return (
    <Link href={href} className="flex min-w-28 flex-col rounded-md border border-slate-200 p-2 hover:border-slate-500" data-testid={testId}>
      <span className="text-2xl font-bold">{value}</span>
      <span className="text-sm">{label}</span>
    </Link>
  );
}
