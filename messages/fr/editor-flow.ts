/** Editor strings for the one-question-at-a-time flow: new information, question errata, pinned options, menu closing. */
export const editorFlow = {
  pinned: "Option {letter} fixe (gardée à sa place quand les options sont mélangées)",
  newInformation: "Nouvelles informations de la question",
  newInformationHelp: "Visibles à partir de cette question seulement (comme à l'EDN) : un paragraphe et/ou des éléments (bilan…).",
  newNarrative: "Paragraphe",
  questionErrata: "Errata montrés une fois cette question répondue",
  menuClosesBefore: "Le menu d'examens se ferme avant la question",
  menuClosesBeforeHelp: "Les examens sont choisis avant de voir cette question ; avant la première, l'apprenant clique « J'ai terminé mes demandes ». Sans choix : le menu reste ouvert jusqu'à la réponse à la dernière question de l'étape.",
  menuOpenUntilEnd: "Ouvert jusqu'à la dernière réponse de l'étape",
  questionOption: "Question {n} ({id})",
};
