export const home = {
  welcome: "Bienvenue, {name}",
};
