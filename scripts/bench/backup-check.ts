/**
 * Backups under load: `npm run db:backup` while students answer, `npm run db:restore` refused
 * while the server runs, then — server stopped — restored and checked: integrity_check ok, and
 * every answer acknowledged before the backup started is in it.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { BenchConfig } from "./config";
import type { AckLedger } from "./ledger";
import { openRawDb } from "../lib/raw-db";

export type ToolRun = { code: number; output: string };

export function runTool(config: BenchConfig, script: string, args: string[], databaseEnv: Record<string, string>): Promise<ToolRun> {
  return new Promise((resolve) => {
    const child = spawn(path.join(config.root, "node_modules/.bin/tsx"), ["--conditions=react-server", script, ...args], {
      cwd: config.root,
      env: { ...process.env, ...databaseEnv },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output: output.trim() }));
  });
}

/** The acknowledged submissions at this moment, as (attempt|question) keys. */
export function ackedKeys(ledger: AckLedger): Set<string> {
  return new Set([...ledger.entries].filter(([, e]) => e.state === "acked").map(([k]) => k));
}

/** After a restore: integrity, and the answers acknowledged before the backup all present. */
export async function checkRestored(file: string, ackedBefore: Set<string>): Promise<{ integrity: string; missing: number; rows: number }> {
  const db = openRawDb({ file }, { readonly: true });
  try {
    const integrity = await db.integrity();
    const stored = new Set((await db.query<{ k: string }>("SELECT attempt_id || '|' || question_id AS k FROM responses")).map((r) => r.k));
    let missing = 0;
    for (const k of ackedBefore) if (!stored.has(k)) missing++;
    return { integrity, missing, rows: stored.size };
  } finally {
    await db.close();
  }
}
