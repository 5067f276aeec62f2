import type { Role } from "@/lib/auth/roles";

/** Seeded and shown on the sign-in page only when demoEnabled (lib/auth/demo-mode.mjs). */
export const DEMO_ACCOUNTS: { email: string; password: string; name: string; role: Role }[] = [
  { email: "student@demo.test", password: "student-demo", name: "Camille Étudiante", role: "student" },
  { email: "instructor@demo.test", password: "instructor-demo", name: "Dr Martin Enseignant", role: "instructor" },
  { email: "admin@demo.test", password: "admin-demo", name: "Alex Admin", role: "admin" },
];
