"use client";
import { useEffect } from "react";

// Set when the learner opens the next stage; read once by the stage that the refreshed page renders
// as current. A render-time flag, not a timer: the new stage exists only once the server's page arrives.
let requested = false;

/** Called when "next stage" succeeded: the stage rendered next as current takes focus and view. */
export function requestStageFocus() {
  requested = true;
}

export function cancelStageFocus() {
  requested = false;
}

/** Focus without the browser's own scroll, then the heading at the top of the view. */
function focusHeading(targetId: string) {
  const heading = document.getElementById(targetId);
  if (!heading) return;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
}

/** Moves focus and scroll to this stage's heading when it has just been opened (not on a plain page load). */
export function FocusOnOpen({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (!requested) return;
    requested = false;
    focusHeading(targetId);
  }, [targetId]);
  return null;
}

// Set when the learner closes a stage's menu ("J'ai terminé mes demandes"): the refreshed page shows
// the stage's first question, and its questions heading takes focus.
let questionsRequested = false;

export function requestQuestionsFocus() {
  questionsRequested = true;
}

export function cancelQuestionsFocus() {
  questionsRequested = false;
}

/** Moves focus to the stage's questions heading once they appear after the menu closed. */
export function FocusQuestionsOnOpen({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (!questionsRequested) return;
    questionsRequested = false;
    focusHeading(targetId);
  }, [targetId]);
  return null;
}
