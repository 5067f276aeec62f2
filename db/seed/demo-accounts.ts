import { inArray } from "drizzle-orm";
import { transaction, type Db } from "../client";
import { users } from "../schema";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";

/** Creates the missing demo accounts; existing ones (and any role change made to them) are kept. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const existing = new Set(
    (await db.select({ email: users.email }).from(users).where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)))).map((u) => u.email),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.email));
  if (missing.length === 0) return 0;
  // Hashed before the transaction: no slow work while it is open.
  const rows = await Promise.all(
    missing.map(async (account) => ({
      id: crypto.randomUUID(),
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: await hashPassword(account.password),
      createdAt: Date.now(),
    })),
  );
  // Another server seeding at the same moment: the unique e-mail decides, each account is created once.
  const created = await transaction(db, (tx) => tx.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id }));
  return created.length;
}
