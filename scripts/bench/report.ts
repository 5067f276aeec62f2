/** Tables and the final summary line. */
import os from "node:os";
import fs from "node:fs";
import type { OpSummary } from "./stats";
import type { Verification } from "./verify";

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "-");

export function printTable(title: string, rows: OpSummary[], order: string[] = []): void {
  const rank = (op: string) => (order.includes(op) ? order.indexOf(op) : order.length);
  const sorted = [...rows].sort((a, b) => rank(a.op) - rank(b.op) || a.op.localeCompare(b.op));
  console.log(`\n${title}`);
  const header = ["opération", "requêtes", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "erreurs"];
  const lines = sorted.map((r) => [r.op, String(r.count), fmt(r.rps), fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.max), String(r.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => "  " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(row(header));
  console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(row(l));
}

export function printVerification(v: Verification): void {
  console.log("\nVérification de la base");
  console.log(`  réponses acquittées : ${v.acked} · lignes en base : ${v.rows} · tentatives : ${v.attempts}`);
  console.log(`  perdues : ${v.lost} · en double : ${v.duplicated} · envoyées sans réponse mais enregistrées : ${v.unackedStored}`);
  if (v.rejected.size > 0) console.log(`  refusées par le serveur : ${[...v.rejected].map(([code, n]) => `${code} ${n}`).join(", ")}`);
  console.log(`  integrity_check : ${v.integrity}`);
  if (v.problems.length === 0) console.log("  ✔ aucune écriture partielle ni incohérence");
  for (const p of v.problems) console.log(`  ✗ ${p}`);
}

export function machineLine(): string {
  const cpu = fs.existsSync("/proc/cpuinfo") ? (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "?") : (os.cpus()[0]?.model ?? "?");
  return `${os.availableParallelism()} cœurs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} Gio, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
