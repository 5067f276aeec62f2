import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { users, type Role, type User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

export type UserDTO = Pick<User, "id" | "email" | "name" | "role" | "createdAt">;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function findUserByEmail(email: string): User | undefined {
  return findUserByEmailIn(getDb(), email);
}

export function findUserByEmailIn(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, normaliseEmail(email))).get();
}

export function findUserById(id: string): UserDTO | undefined {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

export type CreateUserResult = { ok: true; user: UserDTO } | { ok: false; error: "email-taken" };

export async function createUser(input: { email: string; name: string; password: string; role?: Role }): Promise<CreateUserResult> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const row = {
    id: crypto.randomUUID(),
    email,
    name: input.name.trim(),
    passwordHash,
    role: input.role ?? "student",
    createdAt: Date.now(),
  } as const;
  // The unique index decides, so two concurrent sign-ups with one email cannot both succeed.
  const inserted = getDb().insert(users).values(row).onConflictDoNothing().returning({ id: users.id }).all();
  if (inserted.length === 0) return { ok: false, error: "email-taken" };
  return { ok: true, user: { id: row.id, email, name: row.name, role: row.role, createdAt: row.createdAt } };
}
