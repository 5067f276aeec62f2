/**
 * Accounts prepared without the UI, for the tests that are not about signing up: the user is
 * written straight into the end-to-end database (the server re-reads users on every request), then
 * signed in through next-auth's credentials endpoint — the same check as the sign-in form, without
 * rendering and hydrating two pages per account. e2e/auth.spec.ts keeps the sign-up through the UI.
 */
import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

type Role = "student" | "instructor" | "admin";

let db: Database.Database | undefined;
function database(): Database.Database {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH manquant : lancez les tests avec `npm run test:e2e`.");
  // The server writes too: wait for its transactions rather than fail (WAL, as the server uses).
  db ??= new Database(file, { fileMustExist: true, timeout: 10_000 });
  return db;
}

// The app's argon2id parameters (lib/auth/password.ts); one hash per password and worker.
const hashes = new Map<string, Promise<string>>();
const passwordHash = (password: string) => {
  let h = hashes.get(password);
  if (!h) hashes.set(password, (h = hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 })));
  return h;
};

/** Creates the account as sign-up would (normalised email, argon2id hash), with the given role. */
export async function createAccount(account: { email: string; name: string; password: string; role?: Role }): Promise<string> {
  const id = randomUUID();
  database()
    .prepare("INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)")
    .run(id, account.email.trim().toLowerCase(), account.name.trim(), await passwordHash(account.password), account.role ?? "student", Date.now());
  return id;
}

export function setRole(email: string, role: Role): void {
  const changed = database().prepare("UPDATE users SET role = ? WHERE email = ?").run(role, email.trim().toLowerCase()).changes;
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

/**
 * The server holds the exam clock. Rather than wait for a time limit, a test moves the attempt's
 * deadline into the past in the throwaway database (what the passing of time would do), then lets
 * the app notice it.
 */
export function expireAttempt(attemptId: string): void {
  const changed = database().prepare("UPDATE attempts SET deadline_at = ? WHERE id = ? AND status = 'in_progress'").run(Date.now() - 1000, attemptId).changes;
  if (changed !== 1) throw new Error(`expireAttempt: no attempt in progress ${attemptId}`);
}
