export const join = {
  title: "Rejoindre une cohorte",
  intro: "Saisissez le code donné par votre enseignant·e (8 caractères, par exemple ABCD-EFGH).",
  code: "Code de la cohorte",
  submit: "Rejoindre",
  submitting: "Vérification…",
  joined: "Vous avez rejoint la cohorte « {name} ». Ses travaux apparaissent dans vos cas.",
  already: "Vous faites déjà partie de la cohorte « {name} ».",
  seeCases: "Voir mes cas",
  errors: {
    "unknown-code": "Ce code ne correspond à aucune cohorte. Vérifiez-le auprès de votre enseignant·e : il a peut-être été changé.",
    "students-only": "Seuls les comptes étudiants rejoignent une cohorte.",
    unauthenticated: "Votre session a expiré : reconnectez-vous.",
    required: "Saisissez un code.",
    "rate-limited": "Trop de codes erronés. Réessayez dans {minutes} min, ou demandez le code exact à votre enseignant·e.",
  },
};
