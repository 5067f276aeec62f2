import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger } from "./logger.mjs";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      cb();
    },
  });
  return { lines, destination };
}

describe("logger", () => {
  it("writes one JSON object per line with an ISO time and a named level", () => {
    const { lines, destination } = capture();
    createLogger({ level: "info", destination }).info({ requestId: "r-1", route: "/cases", status: 200, durationMs: 12.5 }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", requestId: "r-1", route: "/cases", status: 200, durationMs: 12.5 });
    expect(String(lines[0].time)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("drops lines below the level", () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: "warn", destination });
    log.info("hidden");
    log.debug("hidden");
    log.warn("shown");
    expect(lines.map((l) => l.msg)).toEqual(["shown"]);
  });

  it("redacts credentials and answers wherever an object carries them", () => {
    const { lines, destination } = capture();
    createLogger({ level: "info", destination }).error(
      {
        headers: { cookie: "next-auth.session-token=abc", authorization: "Bearer xyz", accept: "text/html" },
        body: { password: "hunter22", answer: ["b", "c"], token: "reset-123", email: "a@b.test" },
        answers: { q1: "b" },
      },
      "boom",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["abc", "xyz", "hunter22", "reset-123", "a@b.test", '"b","c"', "q1"]) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ headers: { cookie: "[redacted]", authorization: "[redacted]", accept: "text/html" }, body: { password: "[redacted]", answer: "[redacted]" }, answers: "[redacted]" });
  });
});
