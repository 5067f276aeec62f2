/** How users share a connection: one after the other, or in turns (think time between steps). */
import type { Lane, Step } from "./load";

type Actor = { next: () => Step | null };

/** Each user runs until done, then the next one starts (sign-in waves). */
export function sequentialLane(actors: Actor[]): Lane {
  let i = 0;
  return {
    next() {
      while (i < actors.length) {
        const step = actors[i].next();
        if (step) return step;
        i++;
      }
      return null;
    },
  };
}

/** One step per user in turn: with a global request rate, every user thinks between steps. */
export function roundRobinLane(actors: Actor[]): Lane {
  let i = 0;
  return {
    next() {
      for (let tried = 0; tried < actors.length; tried++) {
        const actor = actors[i];
        i = (i + 1) % actors.length;
        const step = actor.next();
        if (step) return step;
      }
      return null;
    },
  };
}

/** Splits users over `lanes` connections, as evenly as possible. */
export function partition<T>(items: T[], lanes: number): T[][] {
  const out: T[][] = Array.from({ length: Math.min(lanes, items.length) }, () => []);
  items.forEach((item, i) => out[i % out.length].push(item));
  return out;
}
