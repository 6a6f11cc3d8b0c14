"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { activeHref } from "@/lib/navigation";

export type NavItem = { href: string; label: string };

// Pages are not wrapped in a loading skeleton (a streamed page cannot answer 404), so the
// clicked link shows that the next page is on its way.
function Pending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="ml-2 inline-block size-2 animate-pulse rounded-full bg-current align-middle" /> : null;
}

/** Left navigation; under 768 px it folds into a disclosure menu. */
export function SideNav({ items, menuLabel, navLabel }: { items: NavItem[]; menuLabel: string; navLabel: string }) {
  const pathname = usePathname();
  const active = activeHref(pathname, items.map((i) => i.href));
  const list = (
    <ul className="flex flex-col gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === active ? "page" : undefined}
            className={`block rounded-md px-3 py-2 text-sm ${item.href === active ? "bg-brand font-semibold text-white" : "text-slate-800 hover:bg-slate-200"}`}
          >
            {item.label}
            <Pending />
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={navLabel} className="border-b border-slate-200 bg-slate-50 md:w-56 md:shrink-0 md:border-r md:border-b-0">
      <details className="p-2 md:hidden">
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-semibold">{menuLabel}</summary>
        {list}
      </details>
      <div className="hidden p-3 md:block">{list}</div>
    </nav>
  );
}
