import Database from "better-sqlite3";
import { hash } from "@node-rs/argon2";
import { expect, type BrowserContext } from "@playwright/test";
import { uniqueEmail } from "./support";

/**
 * Accounts for tests that are not about signing up: written straight into the server's database
 * and signed in through next-auth's own endpoints, which costs a fraction of the UI flow on a slow
 * machine. The password is hashed as the app does (argon2id).
 */
export type Account = { id: string; email: string; name: string; password: string };

const PASSWORD = "Ardoise-Violette-Soleil-31";
let passwordHash: Promise<string> | undefined;

export function openServerDb(readonly = false): Database.Database {
  const db = new Database(process.env.E2E_DATABASE_PATH!, { readonly, fileMustExist: true });
  if (!readonly) db.pragma("busy_timeout = 10000");
  return db;
}

export async function createAccount(opts: { name?: string; role?: "student" | "instructor" | "admin"; prefix?: string } = {}): Promise<Account> {
  passwordHash ??= hash(PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const account = { id: crypto.randomUUID(), email: uniqueEmail(opts.prefix ?? "acct"), name: opts.name ?? "Compte De Test", password: PASSWORD };
  const db = openServerDb();
  try {
    db.prepare("insert into users (id, email, name, password_hash, role, created_at) values (?, ?, ?, ?, ?, ?)").run(account.id, account.email, account.name, await passwordHash, opts.role ?? "student", Date.now());
  } finally {
    db.close();
  }
  return account;
}

/** Signs the context in with next-auth's credentials endpoint (CSRF token, then callback), as the form does. */
export async function apiSignIn(context: BrowserContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, callbackUrl: "/", json: "true" } });
  expect(res.ok()).toBe(true);
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
}
