"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={() => signOut({ callbackUrl: "/signin" })}>
      {label}
    </button>
  );
}
