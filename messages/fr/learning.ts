/** "Ma progression" and "Revoir mes erreurs" (issue 16). */
export const learning = {
  nav: {
    progress: "Ma progression",
    review: "Revoir mes erreurs",
    reviewDue: "Revoir mes erreurs ({count} à revoir)",
  },
  review: {
    title: "Revoir mes erreurs",
    intro: "Chaque question à laquelle vous n'avez pas eu tous les points revient ici, espacée selon vos réussites (algorithme FSRS). Une révision ne change aucune note déjà enregistrée.",
    rule: "Règle : moins de la moitié des points → « À revoir » (demain) ; la moitié ou plus → « Difficile » ; tous les points → « Correct » (l'intervalle s'allonge).",
    dueTitle: "À revoir maintenant",
    laterTitle: "Plus tard",
    none: "Rien à revoir pour l'instant.",
    empty: "Aucune question à revoir : les questions manquées de vos cas joués apparaîtront ici.",
    start: "Revoir",
    dueOn: "le {date}",
    back: "Retour à la file de révision",
    context: "Le contexte de la question",
    earlier: "Informations apportées plus tôt dans l'étape",
    notDue: "Cette question reviendra le {date}.",
    outcome: "Score : {points} / {max} — noté « {rating} ». Prochaine révision le {date}.",
    ratings: { again: "À revoir", hard: "Difficile", good: "Correct" },
    next: "Question suivante",
    errors: {
      "not-found": "Cette carte de révision n'existe pas.",
      "not-due": "Cette question n'est pas encore à revoir.",
      invalid: "Réponse invalide.",
      unauthenticated: "Votre session a expiré : reconnectez-vous.",
    },
  },
  progress: {
    title: "Ma progression",
  },
};
