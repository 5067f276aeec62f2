/**
 * Signs this browser out with next-auth's own two requests (CSRF token, then sign-out), without
 * loading next-auth/react into every page's client bundle. The server revokes this session's id.
 */
export async function signOutRequest(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
  });
}
