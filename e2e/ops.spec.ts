import fs from "node:fs";
import path from "node:path";
import { execute, queryOne, serverEngine } from "./server-db";
import { test, expect, signUp } from "./support";
import { Player } from "./player-page";
import { assignSentinel, createCohort, newInstructors } from "./teach-support";
import { postAction } from "./actions";
import { actionId } from "./authoring-helpers";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type LogLine = { level: string; msg: string; requestId?: string; userId?: string; route?: string; status?: number; durationMs?: number; digest?: string; method?: string };
function logLines(): LogLine[] {
  return fs
    .readFileSync(process.env.E2E_LOG_FILE!, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as LogLine);
}

/**
 * A client on this machine talking to the server directly: Node's fetch, since every Playwright
 * request context of these tests says it comes from 10.x.y.z (X-Forwarded-For, see support.ts).
 */
function directGet(baseURL: string, path: string, headers: Record<string, string> = {}) {
  return fetch(new URL(path, baseURL), { headers });
}

/** The value of a metric line (name with its labels, as Prometheus prints it), or 0 when absent. */
function metricValue(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

test("/api/health reports the database, the migrations and the build", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  // Each engine has its own migrations (db/migrations for SQLite, db/migrations-pg for PostgreSQL).
  const folder = serverEngine === "postgres" ? "db/migrations-pg" : "db/migrations";
  const journal = JSON.parse(fs.readFileSync(`${folder}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
  const buildId = fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
  expect(await response.json()).toEqual({
    status: "ok",
    database: "ok",
    migrations: { applied: journal.entries.length, expected: journal.entries.length, upToDate: true },
    buildId,
  });
});

test("every response carries its own request id, never the client's", async ({ request }) => {
  const first = await request.get("/signin", { headers: { "x-request-id": "forged-id" } });
  const second = await request.get("/api/health");
  const [a, b] = [first.headers()["x-request-id"], second.headers()["x-request-id"]];
  expect(a).toMatch(UUID);
  expect(b).toMatch(UUID);
  expect(a).not.toBe(b);
  // …and the request's log line carries it, with the route pattern, the status and a duration.
  await expect.poll(() => logLines().find((l) => l.requestId === b && l.msg === "request")).toMatchObject({ level: "info", method: "GET", route: "/api/health", status: 200 });
  expect(logLines().some((l) => l.requestId === "forged-id")).toBe(false);
});

test("idle connections are kept 65 s, past the idle timeout of the clients and proxies that reuse them", async ({ request }) => {
  // Node's default is 5 s: a client reusing its pooled connection as the server closes it gets a reset.
  const response = await request.get("/api/health");
  expect(response.headers()["connection"]).toBe("keep-alive");
  expect(response.headers()["keep-alive"]).toBe("timeout=65");
});

test("/metrics answers a direct local client in the Prometheus format and counts acknowledged answers", async ({ page, baseURL }) => {
  const read = async () => {
    const response = await directGet(baseURL!, "/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    return response.text();
  };
  expect((await directGet(baseURL!, "/api/health")).status).toBe(200);
  const before = await read();
  expect(before).toContain("# TYPE progressif_http_request_duration_seconds histogram");
  expect(before).toMatch(/progressif_http_request_duration_seconds_count\{route="\/api\/health",method="GET",status="200"\} [1-9]/);
  expect(before).toContain("# TYPE progressif_action_failures_total counter");
  expect(before).toContain("# TYPE progressif_db_busy_total counter");

  // One answer, written to disk and acknowledged: +1 answer, and on SQLite at least one more WAL fsync
  // (the engine's group commit; PostgreSQL commits durably on its own).
  await signUp(page);
  const player = new Player(page);
  await player.start("cas-sentinelle", "training");
  await player.answerChoice("q1", ["Toux"]);
  const after = await read();
  expect(metricValue(after, "progressif_answers_acknowledged_total") - metricValue(before, "progressif_answers_acknowledged_total")).toBeGreaterThanOrEqual(1);
  if (serverEngine === "sqlite") expect(metricValue(after, "progressif_wal_fsync_duration_seconds_count")).toBeGreaterThan(metricValue(before, "progressif_wal_fsync_duration_seconds_count"));
});

test("/metrics is not found through a proxy or from another machine without the token", async ({ request, baseURL }) => {
  // The test fixture's contexts say they come from 10.x.y.z (X-Forwarded-For).
  const relayed = await request.get("/metrics");
  expect(relayed.status()).toBe(404);
  expect(await relayed.text()).not.toContain("progressif_");
  expect((await directGet(baseURL!, "/metrics", { forwarded: "for=203.0.113.9" })).status).toBe(404);
  expect((await directGet(baseURL!, "/metrics", { "x-forwarded-for": "203.0.113.9" })).status).toBe(404);
});

test("an unexpected error shows a digest that leads to its log lines: the error and the request, with the user", async ({ page }) => {
  // The damaged row below is text SQLite stores; PostgreSQL's jsonb refuses it at the door. The digest path is the same on both.
  test.skip(serverEngine === "postgres", "a jsonb column cannot hold a damaged JSON document");
  const account = await signUp(page, { name: "Gaëlle Panne" });
  const player = new Player(page);
  const attemptId = await player.start("cas-sentinelle", "training");
  // A stored answer the server cannot read (a damaged row): rendering the attempt fails.
  const userId = (await queryOne<{ id: string }>("SELECT id FROM users WHERE email = ?", [account.email]))!.id;
  await execute("INSERT INTO responses (attempt_id, question_id, stage_index, answer, points, max_points, time_spent_ms, submitted_at) VALUES (?, 'q1', 0, '{damaged', 0, 1, 0, ?)", [attemptId, Date.now()]);

  const response = await page.goto(`/attempts/${attemptId}`);
  const requestId = response!.headers()["x-request-id"];
  const shown = page.getByTestId("error-digest");
  await expect(shown).toBeVisible();
  const digest = /Référence : (\S+)/.exec((await shown.textContent())!)![1];

  await expect.poll(() => logLines().find((l) => l.msg === "unexpected error" && l.digest === digest)).toMatchObject({ level: "error", requestId, userId, route: "/attempts/[id]" });
  await expect.poll(() => logLines().find((l) => l.msg === "request" && l.requestId === requestId)).toMatchObject({ userId, route: "/attempts/[id]", method: "GET", status: response!.status() });

  // Nothing secret or personal in the log: no password, e-mail, session cookie or answer.
  const log = fs.readFileSync(process.env.E2E_LOG_FILE!, "utf8");
  const cookies = await page.context().cookies();
  for (const secret of [account.password, account.email, "{damaged", ...cookies.map((c) => c.value).filter((v) => v.length > 20)]) expect(log).not.toContain(secret);
});

test("dates are read and shown in the platform's zone while the server runs in UTC", async ({ browser }) => {
  const [teacher] = await newInstructors(browser, ["Hélène Horaire"]);
  const cohort = await createCohort(teacher.page, "Promo fuseau");
  const assignmentId = await assignSentinel(teacher.page, cohort.id, { dueAt: "2027-01-15T18:00" });
  // Stored as 17:00Z (Paris is UTC+1 in January)…
  expect((await queryOne<{ due: number }>("SELECT due_at AS due FROM assignments WHERE id = ?", [assignmentId]))!.due).toBe(Date.UTC(2027, 0, 15, 17, 0));
  // …and shown as 18:00, in the list and in the settings form.
  await expect(teacher.page.getByTestId("assignment-row").last()).toContainText("À rendre le 15 janv. 2027, 18:00");
  await teacher.page.goto(`/teach/assignments/${assignmentId}`);
  await expect(teacher.page.getByLabel("Échéance (facultative)")).toHaveValue("2027-01-15T18:00");
  await teacher.context.close();
});

test("a refused server action is counted in /metrics by action and code", async ({ page, baseURL }) => {
  const series = 'progressif_action_failures_total{action="create-cohort",code="unauthenticated"}';
  const read = async () => (await directGet(baseURL!, "/metrics")).text();
  const before = metricValue(await read(), series);
  // A visitor without a session posts the create-cohort action directly: refused before anything is read.
  const refused = await postAction(page, { url: new URL("/signin", baseURL).toString(), id: actionId("createCohortAction", "app/(teach)/teach/actions.ts") }, [null, "Promo pirate"]);
  expect(refused.text).toContain('"code":"unauthenticated"');
  expect(metricValue(await read(), series) - before).toBe(1);
});
