import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseLabel } from "./database-label.mjs";

describe("databaseLabel", () => {
  it("names the PostgreSQL server without its password (user-info or query parameter)", () => {
    expect(databaseLabel({ DATABASE_URL: "postgres://bob:s3cret@db.example:5432/progressif" })).toBe("PostgreSQL postgres://bob@db.example:5432/progressif");
    expect(databaseLabel({ DATABASE_URL: "postgresql://bob@db/p?sslmode=require&password=s3cret" })).toBe("PostgreSQL postgresql://bob@db/p?sslmode=require");
  });
  it("names the SQLite file otherwise, DATABASE_PATH or the default", () => {
    expect(databaseLabel({ DATABASE_PATH: "/tmp/x.db" })).toBe("SQLite /tmp/x.db");
    expect(databaseLabel({ DATABASE_URL: "file:other.db" })).toBe(`SQLite ${path.resolve("data/progressif.db")}`);
  });
});
