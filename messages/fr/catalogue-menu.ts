/** The catalogue menu of investigations in the player (issue #16): tests chosen by search. */
export const catalogueMenu = {
  help: "Cherchez les examens que vous demanderiez, comme dans une prescription : les examens essentiels rapportent des points ; un examen inutile, ou non contributif dans ce cas, en coûte.",
  search: "Rechercher un examen",
  searchHint: "Tapez quelques lettres ou une abréviation (NFS, CRP, TDM…) ; majuscules et accents sont ignorés.",
  typeToSearch: "Tapez pour afficher les examens correspondants.",
  matches: "{count} examens correspondants",
  matchesOne: "1 examen correspondant",
  more: "{count} examens correspondants ; les {shown} premiers sont affichés, précisez la recherche.",
  noMatch: "Aucun examen ne correspond à « {query} ».",
  matchesList: "Examens correspondants",
  order: "Demander « {label} »",
  ordering: "Demande…",
  orderedCount: "Examens demandés ({count})",
  none: "Aucun examen demandé pour l'instant.",
  orderedAnnounce: "« {label} » demandé : résultat affiché dans la liste des examens demandés.",
};
