"use client";
import { useRouter } from "next/navigation";
import { signOutRequest } from "./sign-out-request";

/** Ends this device's session only (see signOutRequest); /account can end them all. */
export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function signOut() {
    await signOutRequest();
    router.replace("/signin");
    router.refresh();
  }
  return (
    <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={signOut}>
      {label}
    </button>
  );
}
