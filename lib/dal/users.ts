import "server-only";
import { eq } from "drizzle-orm";
import { getDb, transaction, type Db } from "@/db/client";
import { users, type Role, type User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { takeSignUpSlot } from "./rate-limit";

export type UserDTO = Pick<User, "id" | "email" | "name" | "role" | "createdAt">;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(email: string): Promise<User | undefined> {
  return findUserByEmailIn(getDb(), email);
}

export async function findUserByEmailIn(db: Db, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
  return row;
}

export async function findUserById(id: string): Promise<UserDTO | undefined> {
  const [row] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row;
}

export type CreateUserResult = { ok: true; user: UserDTO } | { ok: false; error: "email-taken" };

export async function createUser(input: { email: string; name: string; password: string; role?: Role }, db: Db = getDb()): Promise<CreateUserResult> {
  const email = normaliseEmail(input.email);
  // Hashed before the transaction: no slow work while it is open.
  const passwordHash = await hashPassword(input.password);
  const row = {
    id: crypto.randomUUID(),
    email,
    name: input.name.trim(),
    passwordHash,
    role: input.role ?? "student",
    createdAt: Date.now(),
  } as const;
  // The unique index decides, so two concurrent sign-ups with one email (even on two servers) cannot both succeed.
  const inserted = await transaction(db, (tx) => tx.insert(users).values(row).onConflictDoNothing().returning({ id: users.id }));
  if (inserted.length === 0) return { ok: false, error: "email-taken" };
  return { ok: true, user: { id: row.id, email, name: row.name, role: row.role, createdAt: row.createdAt } };
}

/**
 * Public sign-up (no session): a student account, the role never taken from input. Counted per
 * client before the (costly) password hash. A taken address gets the same answer and the same work
 * (the hash is computed either way): sign-up must not tell who has an account.
 */
export async function signUpStudent(input: { email: string; name: string; password: string }, client: string): Promise<{ ok: true } | { ok: false; retryAt: number }> {
  const slot = await takeSignUpSlot(getDb(), client);
  if (!slot.ok) return slot;
  await createUser({ ...input, role: "student" });
  return { ok: true };
}
