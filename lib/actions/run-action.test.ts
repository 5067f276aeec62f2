import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createActionRunner, type ActionUser } from "./run-action";
import { fail, succeed } from "./result";

const student: ActionUser = { id: "u-1", email: "eleve@test.local", name: "Élève", role: "student" };
const instructor: ActionUser = { ...student, id: "u-2", role: "instructor" };

function runner(user: ActionUser | null) {
  const counted: string[] = [];
  const ran: unknown[] = [];
  const defineAction = createActionRunner({ currentUser: async () => user, countFailure: (action, code) => counted.push(`${action}:${code}`) });
  const rename = defineAction({
    name: "rename-cohort",
    access: ["instructor", "admin"],
    input: z.object({ cohortId: z.string().uuid(), name: z.string().trim().min(1, "required").max(10, "tooLong") }),
    run: async (input, who) => {
      ran.push({ input, who: who.id });
      return input.name === "Pris" ? fail("name-taken") : succeed({ id: input.cohortId, by: who.id });
    },
  });
  return { rename, counted, ran };
}

const ID = "0b6f4a51-4a5e-4a6e-9a43-6f1d2b3c4d5e";

describe("the action wrapper", () => {
  it("refuses an anonymous caller before validating or running, and counts it", async () => {
    const { rename, counted, ran } = runner(null);
    expect(await rename({ cohortId: "pas-un-id", name: "" })).toEqual({ ok: false, code: "unauthenticated" });
    expect(counted).toEqual(["rename-cohort:unauthenticated"]);
    expect(ran).toEqual([]);
  });

  it("refuses a signed-in user without the role", async () => {
    const { rename, counted, ran } = runner(student);
    expect(await rename({ cohortId: ID, name: "Promo" })).toEqual({ ok: false, code: "forbidden" });
    expect(counted).toEqual(["rename-cohort:forbidden"]);
    expect(ran).toEqual([]);
  });

  it("answers invalid input with the first message of each field, and runs nothing", async () => {
    const { rename, counted, ran } = runner(instructor);
    expect(await rename({ cohortId: "pas-un-id", name: "beaucoup trop long" })).toEqual({
      ok: false,
      code: "invalid",
      fields: { cohortId: "Invalid UUID", name: "tooLong" },
    });
    expect(await rename("pas un objet")).toMatchObject({ ok: false, code: "invalid" });
    expect(counted).toEqual(["rename-cohort:invalid", "rename-cohort:invalid"]);
    expect(ran).toEqual([]);
  });

  it("passes the store's own code through and counts it", async () => {
    const { rename, counted } = runner(instructor);
    expect(await rename({ cohortId: ID, name: " Pris " })).toEqual({ ok: false, code: "name-taken" });
    expect(counted).toEqual(["rename-cohort:name-taken"]);
  });

  it("runs with the parsed input and the session's user, and counts nothing on success", async () => {
    const { rename, counted, ran } = runner(instructor);
    expect(await rename({ cohortId: ID, name: "  Promo A " })).toEqual({ ok: true, data: { id: ID, by: "u-2" } });
    expect(ran).toEqual([{ input: { cohortId: ID, name: "Promo A" }, who: "u-2" }]);
    expect(counted).toEqual([]);
  });

  it("lets an action map validation errors to its own codes, and hide refusals as not found", async () => {
    const counted: string[] = [];
    const defineAction = createActionRunner({ currentUser: async () => student, countFailure: (a, c) => counted.push(`${a}:${c}`) });
    const open = defineAction({
      name: "open-draft",
      access: ["instructor"],
      refusal: "not-found",
      input: z.string(),
      run: () => succeed(null),
    });
    expect(await open("x")).toEqual({ ok: false, code: "not-found" });
    const join = defineAction({
      name: "join",
      access: "public",
      input: z.string().min(1),
      invalid: (_error, raw) => fail("required", { values: { code: String(raw) } }),
      run: (code, user) => succeed({ code, user: user?.id ?? null }),
    });
    expect(await join("")).toEqual({ ok: false, code: "required", values: { code: "" } });
    expect(await join("ABCD")).toEqual({ ok: true, data: { code: "ABCD", user: "u-1" } });
    // The metric keeps the real refusal, the user sees not-found.
    expect(counted).toEqual(["open-draft:forbidden", "join:required"]);
  });
});
