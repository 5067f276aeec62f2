import { describe, expect, it } from "vitest";
import { newSchedule, nextSchedule, ratingFor } from "./schedule";

const DAY = 86_400_000;
const t0 = Date.UTC(2030, 0, 1, 8);

describe("ratingFor", () => {
  it("under half the points: again; half or more: hard; all: good", () => {
    expect(ratingFor(0, 2)).toBe("again");
    expect(ratingFor(0.99, 2)).toBe("again");
    expect(ratingFor(1, 2)).toBe("hard");
    expect(ratingFor(1.99, 2)).toBe("hard");
    expect(ratingFor(2, 2)).toBe("good");
    expect(ratingFor(0, 0)).toBe("again");
  });
});

describe("FSRS schedule (ts-fsrs, day steps, no fuzz)", () => {
  it("a new card is due at once", () => {
    expect(newSchedule(t0)).toMatchObject({ due: t0, reps: 0, lapses: 0, state: 0, lastReview: null });
  });
  it("first review: again → 1 day, hard → 2 days, good → 3 days", () => {
    expect(nextSchedule(newSchedule(t0), "again", t0).due).toBe(t0 + DAY);
    expect(nextSchedule(newSchedule(t0), "hard", t0).due).toBe(t0 + 2 * DAY);
    expect(nextSchedule(newSchedule(t0), "good", t0).due).toBe(t0 + 3 * DAY);
  });
  it("good on the due day stretches the interval; again brings it back the next day and counts a lapse", () => {
    const first = nextSchedule(newSchedule(t0), "good", t0);
    const second = nextSchedule(first, "good", first.due);
    expect(second.due - first.due).toBe(14 * DAY);
    expect(second).toMatchObject({ reps: 2, lastReview: first.due });
    const lapse = nextSchedule(first, "again", first.due);
    expect(lapse.due - first.due).toBe(DAY);
    expect(lapse.lapses).toBe(1);
  });
});
