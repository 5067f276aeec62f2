/**
 * Spaced review of missed questions with FSRS (ts-fsrs), pure: the rating rule, a new card, and the
 * next schedule from a stored card. Day-level scheduling (no same-day learning steps) and no fuzz, so
 * that a review always lands on the day the rule gives, which the learner is told.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade, type State } from "ts-fsrs";

/** The FSRS state of a card as stored (dates in epoch milliseconds). */
export type StoredSchedule = {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
};

export type ReviewRating = "again" | "hard" | "good";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good };

/**
 * The rating a review earns from its score, shown to the learner with the correction: under half the
 * points → "again" (seen again the next day); half or more but not all → "hard"; full credit → "good".
 * "easy" is never given: the question was missed once already.
 */
export function ratingFor(points: number, max: number): ReviewRating {
  const ratio = max > 0 ? points / max : 0;
  if (ratio < 0.5) return "again";
  if (ratio < 1) return "hard";
  return "good";
}

export const ratingValue = (r: ReviewRating): number => GRADES[r];

function toStored(card: Card): StoredSchedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toCard(s: StoredSchedule): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.lastReview !== null ? { last_review: new Date(s.lastReview) } : {}),
  };
}

/** A card for a question just missed: due at once. */
export function newSchedule(now: number): StoredSchedule {
  return toStored(createEmptyCard(new Date(now)));
}

/** The schedule after a review rated `rating` at `now`. */
export function nextSchedule(current: StoredSchedule, rating: ReviewRating, now: number): StoredSchedule {
  return toStored(scheduler.next(toCard(current), new Date(now), GRADES[rating]).card);
}
