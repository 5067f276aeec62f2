/**
 * Sign-in limits against a real SQLite file: parallel guesses are all counted (the failure is
 * recorded before the password is verified), the limit applies per (account, client), and the
 * account-wide backstop delays without locking the owner out.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { users } = await import("@/db/schema");
const { hashPassword } = await import("@/lib/auth/password");
const { checkCredentials } = await import("@/lib/auth/check-credentials");
const { takeSignUpSlot } = await import("@/lib/dal/rate-limit");
const { BACKSTOP_AFTER, MAX_PER_ACCOUNT, MAX_SIGNUPS_PER_CLIENT, WINDOW_MS } = await import("@/lib/auth/rate-limit-policy");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-signin-"));
const file = path.join(dir, "test.db");
const first = openDatabase(file);
runMigrations(first.db);
// A second connection to the same file, as a second server process would have.
const second = openDatabase(file);
const now = Date.UTC(2030, 0, 15, 12);
const PASSWORD = "correct-horse-battery";

async function account(email: string) {
  first.db.insert(users).values({ id: crypto.randomUUID(), email, name: "Owner", passwordHash: await hashPassword(PASSWORD), role: "admin", createdAt: now }).run();
}

afterAll(() => {
  first.sqlite.close();
  second.sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("sign-in limits", () => {
  it("counts parallel guesses from two connections: exactly the limit gets a password check", async () => {
    await account("parallel@test.local");
    const guesses = Array.from({ length: 12 }, (_, i) => checkCredentials(i % 2 ? second.db : first.db, "parallel@test.local", `wrong-${i}`, "198.51.100.1", now));
    const outcomes = await Promise.all(guesses);
    expect(outcomes.filter((o) => !o.ok && o.error === "invalid")).toHaveLength(MAX_PER_ACCOUNT);
    expect(outcomes.filter((o) => !o.ok && o.error === "rate-limited")).toHaveLength(12 - MAX_PER_ACCOUNT);
    // Even the right password is refused from that client until the window has passed.
    expect(await checkCredentials(first.db, "parallel@test.local", PASSWORD, "198.51.100.1", now + 1000)).toEqual({ ok: false, error: "rate-limited", retryAt: now + WINDOW_MS });
    expect((await checkCredentials(first.db, "parallel@test.local", PASSWORD, "198.51.100.1", now + WINDOW_MS + 1)).ok).toBe(true);
  });

  it("does not lock the owner out from another client; the backstop only delays", async () => {
    await account("owner@test.local");
    // An attacker spreads guesses over many addresses, below each per-client limit.
    for (let i = 0; i < BACKSTOP_AFTER; i++) {
      expect(await checkCredentials(first.db, "owner@test.local", "guess", `203.0.113.${i}`, now + i)).toEqual({ ok: false, error: "invalid" });
    }
    const last = now + BACKSTOP_AFTER - 1;
    // Right after, every client waits one second (the backstop), the owner included…
    expect(await checkCredentials(first.db, "owner@test.local", PASSWORD, "192.0.2.50", last + 10)).toEqual({ ok: false, error: "rate-limited", retryAt: last + 1000 });
    // …and gets in once it has passed, although the account had ten failures.
    const signedIn = await checkCredentials(first.db, "owner@test.local", PASSWORD, "192.0.2.50", last + 1000);
    expect(signedIn.ok && signedIn.user.email).toBe("owner@test.local");
  });

  it("a success takes back its provisional failure", async () => {
    await account("clean@test.local");
    for (let i = 0; i < MAX_PER_ACCOUNT - 1; i++) await checkCredentials(first.db, "clean@test.local", "bad", "192.0.2.9", now);
    for (let i = 0; i < 3; i++) expect((await checkCredentials(first.db, "clean@test.local", PASSWORD, "192.0.2.9", now)).ok).toBe(true);
    expect((await checkCredentials(first.db, "clean@test.local", "bad", "192.0.2.9", now)).ok).toBe(false);
    expect(await checkCredentials(first.db, "clean@test.local", "bad", "192.0.2.9", now)).toEqual({ ok: false, error: "invalid" });
  });

  it("rate-limits sign-ups per client", () => {
    for (let i = 0; i < MAX_SIGNUPS_PER_CLIENT; i++) expect(takeSignUpSlot(first.db, "192.0.2.77", now)).toEqual({ ok: true });
    expect(takeSignUpSlot(second.db, "192.0.2.77", now + 5)).toEqual({ ok: false, retryAt: now + WINDOW_MS });
    expect(takeSignUpSlot(second.db, "192.0.2.78", now + 5)).toEqual({ ok: true });
  });
});
