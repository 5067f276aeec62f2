import type { home as fr } from "../fr/home";

export const home: typeof fr = {
  welcome: "Welcome, {name}",
};
