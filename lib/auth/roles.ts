export const roles = ["student", "instructor", "admin"] as const;
export type Role = (typeof roles)[number];
