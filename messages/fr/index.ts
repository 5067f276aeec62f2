import { common } from "./common";
import { auth } from "./auth";
import { admin } from "./admin";
import { account } from "./account";
import { home } from "./home";
import { questions } from "./questions";
import { reasoning } from "./reasoning";
import { catalogueMenu } from "./catalogue-menu";
import { player } from "./player";
import { teach } from "./teach";
import { authoring } from "./authoring";
import { editor } from "./editor";
import { editorFlow } from "./editor-flow";
import { learning } from "./learning";

export const fr = { common, auth, admin, account, home, player, questions, reasoning, catalogueMenu, teach, authoring, editor, editorFlow, learning };
