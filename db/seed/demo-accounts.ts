import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { users } from "../schema";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password";

/** Creates the missing demo accounts; existing ones (and any role change made to them) are kept. */
export async function seedDemoAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get();
    if (existing) continue;
    db.insert(users)
      .values({
        id: crypto.randomUUID(),
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        createdAt: Date.now(),
      })
      .run();
    created++;
  }
  return created;
}
