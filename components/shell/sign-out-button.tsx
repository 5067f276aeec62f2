"use client";
import { useRouter } from "next/navigation";

/**
 * Signs out with next-auth's own two requests (CSRF token, then sign-out), without loading
 * next-auth/react into every page's client bundle.
 */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function signOut() {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
    });
    router.replace("/signin");
    router.refresh();
  }
  return (
    <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={signOut}>
      {label}
    </button>
  );
}
