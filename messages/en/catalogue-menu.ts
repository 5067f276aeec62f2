/** The catalogue menu of investigations in the player (issue #16): tests chosen by search. */
export const catalogueMenu = {
  help: "Search the tests you would order, as in a real prescription: essential tests earn points; an unnecessary test, or one not contributory in this case, costs points.",
  search: "Search a test",
  searchHint: "Type a few letters or an abbreviation (FBC, CRP, CT…); case and accents are ignored.",
  typeToSearch: "Type to list the matching tests.",
  matches: "{count} matching tests",
  matchesOne: "1 matching test",
  more: "{count} matching tests; the first {shown} are shown, refine the search.",
  noMatch: "No test matches “{query}”.",
  matchesList: "Matching tests",
  order: "Order “{label}”",
  ordering: "Ordering…",
  orderedCount: "Tests ordered ({count})",
  none: "No test ordered yet.",
  orderedAnnounce: "“{label}” ordered: its result is in the list of tests ordered.",
};
