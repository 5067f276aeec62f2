import { common } from "./common";
import { auth } from "./auth";
import { admin } from "./admin";
import { home } from "./home";
import { questions } from "./questions";
import { player } from "./player";

export const fr = { common, auth, admin, home, player, questions };
