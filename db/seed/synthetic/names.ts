const FIRST = ["Camille", "Léa", "Hugo", "Chloé", "Lucas", "Inès", "Nathan", "Manon", "Yanis", "Sarah", "Louis", "Jade", "Adam", "Emma", "Théo", "Zoé", "Karim", "Alice", "Noah", "Lina", "Mehdi", "Clara", "Tom", "Anaïs", "Rayan", "Juliette", "Paul", "Maëlys", "Samuel", "Nour"];
const LAST = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Benali", "Nguyen", "Haddad", "Diallo", "Rousseau", "Blanc", "Guerin", "Muller"];

/** A deterministic French-looking name for synthetic student i. */
export function syntheticName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}
