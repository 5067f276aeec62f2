import { describe, expect, it } from "vitest";
import { parseEnv } from "./schema";
// The rule itself, as the start script reads it (plain JavaScript, no zod).
import { parseWorkers } from "./workers.mjs";

describe("environment", () => {
  it("applies the defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_PATH).toBe("data/progressif.db");
    expect(env.PROGRESSIF_WORKERS).toBeUndefined();
  });

  it("names the variable and the rule on a bad value", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
    expect(() => parseEnv({ PROGRESSIF_DEMO: "yes" })).toThrow("PROGRESSIF_DEMO vaut 0 ou 1");
    expect(() => parseEnv({ NEXTAUTH_SECRET: "court" })).toThrow("NEXTAUTH_SECRET doit faire au moins 32 caractères");
  });

  it.each(["auto", "1", "2", "64"])("accepts PROGRESSIF_WORKERS=%s, as the start script does", (value) => {
    expect(parseEnv({ PROGRESSIF_WORKERS: value }).PROGRESSIF_WORKERS).toBe(value);
    expect(parseWorkers(value)).toBeGreaterThanOrEqual(1);
  });

  it.each(["0", "65", "-1", "2.5", "deux", " 2"])("refuses PROGRESSIF_WORKERS=%s, as the start script does", (value) => {
    expect(() => parseEnv({ PROGRESSIF_WORKERS: value })).toThrow("PROGRESSIF_WORKERS vaut « auto » ou un entier de 1 à 64");
    expect(() => parseWorkers(value)).toThrow("PROGRESSIF_WORKERS vaut « auto » ou un entier de 1 à 64");
  });

  it("reads PROGRESSIF_WORKERS in the start script: unset is one process, a number is that many", () => {
    expect(parseWorkers(undefined)).toBe(1);
    expect(parseWorkers("")).toBe(1);
    expect(parseWorkers("3")).toBe(3);
  });
});

describe("observability and time zone settings", () => {
  it("defaults to info logs, no metrics token and Paris time", () => {
    const env = parseEnv({});
    expect(env.LOG_LEVEL).toBe("info");
    expect(env.METRICS_TOKEN).toBeUndefined();
    expect(env.APP_TIME_ZONE).toBe("Europe/Paris");
  });

  it("accepts a pino level and an IANA zone", () => {
    expect(parseEnv({ LOG_LEVEL: "debug", APP_TIME_ZONE: "America/New_York" })).toMatchObject({ LOG_LEVEL: "debug", APP_TIME_ZONE: "America/New_York" });
  });

  it("refuses an unknown level, a short token and a zone that is not IANA", () => {
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow("LOG_LEVEL vaut fatal, error, warn, info, debug, trace, silent");
    expect(() => parseEnv({ METRICS_TOKEN: "court" })).toThrow("METRICS_TOKEN doit faire au moins 16 caractères");
    expect(() => parseEnv({ APP_TIME_ZONE: "Paris" })).toThrow("APP_TIME_ZONE doit être un fuseau IANA (ex. Europe/Paris)");
    expect(() => parseEnv({ APP_TIME_ZONE: "+01:00" })).toThrow(/APP_TIME_ZONE/);
  });
});
