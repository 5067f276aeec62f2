import type { PublicQuestion } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";

export type QuestionOfType<T extends PublicQuestion["type"]> = Extract<PublicQuestion, { type: T }>;
export type ChoiceQuestion = Extract<PublicQuestion, { type: "qru" | "qrm" }>;

/** What every answer input receives from the card. */
export type InputProps<Q extends PublicQuestion> = {
  question: Q;
  /** Unique prefix for the input's element ids. */
  id: string;
  /** Id of the element holding the stem (the group's description). */
  describedBy: string;
  disabled: boolean;
  /** Called from event handlers with a complete, valid answer, or null when it cannot be submitted yet. */
  onChange: (answer: Answer | null) => void;
};
