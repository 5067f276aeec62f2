import type { admin as fr } from "../fr/admin";

export const admin: typeof fr = {
  users: {
    title: "Users and roles",
    intro: "All accounts. Change a role, then apply.",
    email: "Email",
    name: "Name",
    role: "Role",
    createdAt: "Created",
    changeRole: "Role of {email}",
    apply: "Apply",
    updated: "Role of {email}: {role}.",
    selfChange: "You cannot change your own role.",
    count: "{count} accounts",
  },
};
