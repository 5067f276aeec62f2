/**
 * Accounts prepared without the UI, for the tests that are not about signing up: the user is
 * written straight into the end-to-end database (e2e/server-db.ts; the server re-reads users on every
 * request), then signed in through next-auth's credentials endpoint — the same check as the sign-in
 * form, without rendering and hydrating two pages per account. e2e/auth.spec.ts keeps the sign-up
 * through the UI.
 */
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { execute } from "./server-db";

type Role = "student" | "instructor" | "admin";
export type Account = { id: string; email: string; name: string; password: string };

let counter = 0;
/** A unique address per test, so that no test depends on another. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}@test.local`;
}

// The app's argon2id parameters (lib/auth/password.ts); one hash per password and worker.
const hashes = new Map<string, Promise<string>>();
const passwordHash = (password: string) => {
  let h = hashes.get(password);
  if (!h) hashes.set(password, (h = hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 })));
  return h;
};

/** Writes the account as sign-up would (normalised email, argon2id hash), with the given role; returns its id. */
export async function insertAccount(account: { email: string; name: string; password: string; role?: Role }): Promise<string> {
  const id = randomUUID();
  await execute("INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)", [
    id,
    account.email.trim().toLowerCase(),
    account.name.trim(),
    await passwordHash(account.password),
    account.role ?? "student",
    Date.now(),
  ]);
  return id;
}

const PASSWORD = "Ardoise-Violette-Soleil-31";

/** A new account with a unique address and the tests' password. */
export async function createAccount(opts: { name?: string; role?: Role; prefix?: string } = {}): Promise<Account> {
  const account = { email: uniqueEmail(opts.prefix ?? "acct"), name: opts.name ?? "Compte De Test", password: PASSWORD };
  const id = await insertAccount({ ...account, role: opts.role });
  return { id, ...account, email: account.email.toLowerCase() };
}

export async function setRole(email: string, role: Role): Promise<void> {
  const changed = await execute("UPDATE users SET role = ? WHERE email = ?", [role, email.trim().toLowerCase()]);
  if (changed !== 1) throw new Error(`setRole: no account ${email}`);
}

/** Signs in through next-auth's credentials endpoint; the session cookie lands in the request's browser context. */
export async function signInByRequest(request: APIRequestContext, email: string, password: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"));
  if (cookies.length === 0) throw new Error(`signInByRequest: ${email} not signed in (status ${response.status()})`);
}

/** Signs a browser context in (signInByRequest) and checks it holds the session cookie. */
export async function apiSignIn(context: BrowserContext, email: string, password: string): Promise<void> {
  await signInByRequest(context.request, email, password);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
}

/**
 * The server holds the exam clock. Rather than wait for a time limit, a test moves the attempt's
 * deadline into the past in the throwaway database (what the passing of time would do), then lets
 * the app notice it.
 */
export async function expireAttempt(attemptId: string): Promise<void> {
  const changed = await execute("UPDATE attempts SET deadline_at = ? WHERE id = ? AND status = 'in_progress'", [Date.now() - 1000, attemptId]);
  if (changed !== 1) throw new Error(`expireAttempt: no attempt in progress ${attemptId}`);
}
