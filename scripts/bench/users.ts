/** Virtual students, created straight in the database: one argon2id hash, shared by all of them. */
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { openRawDb, type RawTarget } from "../lib/raw-db";

export type StudentAccount = { index: number; email: string; password: string };

export const STUDENT_PASSWORD = "bench-student-password";

export async function createStudents(target: RawTarget, count: number, prefix = "student"): Promise<StudentAccount[]> {
  const hash = await hashPassword(STUDENT_PASSWORD);
  const db = openRawDb(target);
  const accounts: StudentAccount[] = [];
  const now = Date.now();
  try {
    for (let from = 0; from < count; from += 1000) {
      const statements = [];
      for (let i = from; i < Math.min(count, from + 1000); i++) {
        const email = `${prefix}-${i}@bench.test`;
        statements.push({ text: "INSERT INTO users (id, email, name, password_hash, role, created_at) VALUES (?, ?, ?, ?, 'student', ?)", params: [randomUUID(), email, `Étudiant·e ${i}`, hash, now] });
        accounts.push({ index: i, email, password: STUDENT_PASSWORD });
      }
      await db.batch(statements);
    }
  } finally {
    await db.close();
  }
  return accounts;
}
