import Link from "next/link";

/** A column header that sorts a server-side list: a link to the other order, the current one in aria-sort. */
export function SortHeader({ label, href, sorted, className }: { label: string; href: string; sorted: "asc" | "desc" | null; className?: string }) {
  return (
    <th scope="col" aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <Link className="link whitespace-nowrap" href={href}>
        {label}
        <span aria-hidden="true">{sorted ? (sorted === "asc" ? " ↑" : " ↓") : " ↕"}</span>
      </Link>
    </th>
  );
}
