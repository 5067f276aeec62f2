/** Editor strings for the one-question-at-a-time flow: new information, question errata, pinned options, menu closing. */
export const editorFlow = {
  pinned: "Option {letter} pinned (kept in place when the options are shuffled)",
  newInformation: "The question's new information",
  newInformationHelp: "Visible from this question on only (as on the EDN): a paragraph and/or findings (labs…).",
  newNarrative: "Paragraph",
  questionErrata: "Errata shown once this question is answered",
  menuClosesBefore: "The investigation menu closes before question",
  menuClosesBeforeHelp: "Tests are chosen before this question is seen; before the first one, the learner clicks \"I have finished ordering\". No choice: the menu stays open until the stage's last question is answered.",
  menuOpenUntilEnd: "Open until the stage's last answer",
  questionOption: "Question {n} ({id})",
};
