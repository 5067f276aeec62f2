import { common } from "./common";
import { auth } from "./auth";
import { admin } from "./admin";
import { home } from "./home";

export const fr = { common, auth, admin, home };
