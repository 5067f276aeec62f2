// The server of a container runs in UTC: these tests run the process in UTC (set before any date
// is made) and check that the platform's zone, not the process's, decides.
process.env.TZ = "UTC";
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, formatZonedInput, isValidTimeZone, parseZonedDateTime } from "./zone";
import { parseLocalDateTime, toLocalDateTimeInput } from "@/lib/teach/local-datetime";
import { dateTimeFormatter } from "@/lib/teach/format";

describe("one time zone for the platform, in a UTC process", () => {
  it("runs in UTC", () => {
    expect(new Date(2027, 0, 15, 18, 0).toISOString()).toBe("2027-01-15T18:00:00.000Z");
  });

  it("reads a due date typed as 2027-01-15T18:00 in Paris as 17:00Z and shows it as 18:00", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Europe/Paris");
    const ms = parseLocalDateTime("2027-01-15T18:00")!;
    expect(new Date(ms).toISOString()).toBe("2027-01-15T17:00:00.000Z");
    expect(toLocalDateTimeInput(ms)).toBe("2027-01-15T18:00");
    expect(dateTimeFormatter("fr").format(ms)).toBe("15 janv. 2027, 18:00");
    expect(dateTimeFormatter("en").format(ms)).toBe("15 Jan 2027, 18:00");
  });

  it("follows summer time and other zones", () => {
    expect(new Date(parseZonedDateTime("2027-07-01T09:30", "Europe/Paris")!).toISOString()).toBe("2027-07-01T07:30:00.000Z");
    expect(new Date(parseZonedDateTime("2027-07-01T09:30", "America/New_York")!).toISOString()).toBe("2027-07-01T13:30:00.000Z");
    expect(new Date(parseZonedDateTime("2027-07-01T09:30", "UTC")!).toISOString()).toBe("2027-07-01T09:30:00.000Z");
    expect(formatZonedInput(Date.UTC(2027, 6, 1, 7, 30), "Europe/Paris")).toBe("2027-07-01T09:30");
  });

  it("moves a time skipped by the spring change forward, and takes the first of a repeated one", () => {
    // 28 March 2027, Paris: 02:00 → 03:00. 02:30 does not exist and is read as 03:30 (01:30Z).
    expect(new Date(parseZonedDateTime("2027-03-28T02:30", "Europe/Paris")!).toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // 31 October 2027, Paris: 03:00 → 02:00. 02:30 happens twice; the first is 00:30Z.
    expect(new Date(parseZonedDateTime("2027-10-31T02:30", "Europe/Paris")!).toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("refuses malformed and impossible dates", () => {
    for (const bad of ["2027-02-31T10:00", "2027-13-01T10:00", "2027-01-01T24:00", "2027-01-01 10:00", "15/01/2027", ""]) {
      expect(parseZonedDateTime(bad, "Europe/Paris")).toBeNull();
    }
  });

  it("accepts IANA zone names only", () => {
    for (const ok of ["Europe/Paris", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+1"]) expect(isValidTimeZone(ok)).toBe(true);
    for (const bad of ["Europe/Pariss", "+01:00", "CET ", "", "Paris"]) expect(isValidTimeZone(bad)).toBe(false);
  });
});
