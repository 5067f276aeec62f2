/** The two bundled cases, in the order the demo and synthetic cohorts assign them. */
export const BUNDLED_SLUGS = ["femme-75-ans-bicytopenie", "femme-41-ans-cancer-sein"] as const;
