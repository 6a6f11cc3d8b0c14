"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="rounded px-2 py-1 text-sm text-white underline-offset-2 hover:underline"
      onClick={async () => {
        await signOut({ redirect: false });
        window.location.href = "/";
      }}
    >
      {label}
    </button>
  );
}
