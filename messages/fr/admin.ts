export const admin = {
  users: {
    title: "Utilisateurs et rôles",
    intro: "Liste des comptes. Changez un rôle puis enregistrez.",
    email: "E-mail",
    name: "Nom",
    role: "Rôle",
    createdAt: "Créé le",
    changeRole: "Rôle de {email}",
    apply: "Appliquer",
    updated: "Rôle de {email} : {role}.",
    selfChange: "Vous ne pouvez pas changer votre propre rôle.",
    count: "{count} comptes",
  },
};
