/**
 * Sign-in limits against a real database (SQLite file, or PostgreSQL in the "postgres" project):
 * parallel guesses are all counted (the failure is recorded before the password is verified), the
 * limit applies per (account, client), and the account-wide backstop delays without locking the owner out.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { users } = await import("@/db/schema");
const { openTestDb } = await import("./support/test-db");
const { childEnv, openSecondEngine } = await import("./support/engine-target");
const { hashPassword } = await import("@/lib/auth/password");
const { checkCredentials } = await import("@/lib/auth/check-credentials");
const { takeSignUpSlot } = await import("@/lib/dal/rate-limit");
const { BACKSTOP_AFTER, MAX_PER_ACCOUNT, MAX_SIGNUPS_PER_CLIENT, WINDOW_MS } = await import("@/lib/auth/rate-limit-policy");

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
let first: TestDb;
// A second engine on the same database, as a second server process would have.
let second: ReturnType<typeof openSecondEngine>;
const now = Date.UTC(2030, 0, 15, 12);
const PASSWORD = "correct-horse-battery";

beforeAll(async () => {
  first = await openTestDb();
  second = openSecondEngine(first);
});

afterAll(async () => {
  await second?.engine.close();
  await first?.close();
});

/** A second server process making `count` wrong guesses in parallel once told to go (tests/fixtures/concurrency/sign-in-guesser.ts). */
function guesser(email: string, client: string, count: number) {
  const root = path.resolve(__dirname, "..");
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/fixtures/concurrency/sign-in-guesser.ts", email, client, String(now), String(count)], {
    cwd: root,
    env: childEnv(first),
  });
  let out = "";
  let err = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (d) => {
    out += d;
    if (out.startsWith("ready\n")) markReady();
  });
  child.stderr.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; answers: string[]; err: string }>((resolve) =>
    child.on("close", (code) => {
      markReady();
      const last = out.trim().split("\n").at(-1) ?? "";
      resolve({ code, answers: last.startsWith("[") ? (JSON.parse(last) as string[]) : [], err });
    }),
  );
  return { ready, go: () => child.stdin.write("go\n"), done };
}

async function account(email: string) {
  const passwordHash = await hashPassword(PASSWORD);
  await transaction(first.db, async (tx) => {
    await tx.insert(users).values({ id: crypto.randomUUID(), email, name: "Owner", passwordHash, role: "admin", createdAt: now });
  });
}

describe("sign-in limits", () => {
  it("counts parallel guesses from two server processes: exactly the limit gets a password check", { timeout: 60_000 }, async () => {
    await account("parallel@test.local");
    // Six guesses from another process and six from this one, all at once.
    const other = guesser("parallel@test.local", "198.51.100.1", 6);
    await other.ready;
    other.go();
    const guesses = Array.from({ length: 6 }, (_, i) => checkCredentials(first.db, "parallel@test.local", `wrong-${i}`, "198.51.100.1", now));
    const mine = (await Promise.all(guesses)).map((o) => (o.ok ? "ok" : o.error));
    const theirs = await other.done;
    expect([theirs.code, theirs.err]).toEqual([0, ""]);
    const outcomes = [...mine, ...theirs.answers];
    expect(outcomes).toHaveLength(12);
    expect(outcomes.filter((o) => o === "invalid")).toHaveLength(MAX_PER_ACCOUNT);
    expect(outcomes.filter((o) => o === "rate-limited")).toHaveLength(12 - MAX_PER_ACCOUNT);
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

  it("rate-limits sign-ups per client", async () => {
    for (let i = 0; i < MAX_SIGNUPS_PER_CLIENT; i++) expect(await takeSignUpSlot(first.db, "192.0.2.77", now)).toEqual({ ok: true });
    expect(await takeSignUpSlot(second.db, "192.0.2.77", now + 5)).toEqual({ ok: false, retryAt: now + WINDOW_MS });
    expect(await takeSignUpSlot(second.db, "192.0.2.78", now + 5)).toEqual({ ok: true });
  });
});
