import type { ReactNode } from "react";

export type TokenRow = { id: number; name: string; prefix: string; owner: string; expires: string; lastUsed: string; uses: string; status: string; action: ReactNode };

/** Tokens with their use summary; the secret is never here, only its first characters. */
export function TokenTable({ rows, labels, showOwner }: { rows: TokenRow[]; labels: Record<"title" | "name" | "prefix" | "owner" | "expires" | "lastUsed" | "uses" | "status", string>; showOwner: boolean }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={labels.title}>
      <table className="data-table" data-testid="tokens">
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.prefix}</th>
            {showOwner && <th scope="col">{labels.owner}</th>}
            <th scope="col">{labels.expires}</th>
            <th scope="col">{labels.lastUsed}</th>
            <th scope="col">{labels.uses}</th>
            <th scope="col">{labels.status}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="break-words">{r.name}</td>
              <td className="font-mono text-xs">{r.prefix}…</td>
              {showOwner && <td>{r.owner}</td>}
              <td>{r.expires}</td>
              <td>{r.lastUsed}</td>
              <td>{r.uses}</td>
              <td>{r.status}</td>
              <td>{r.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
