// `npm start`: install if needed, migrate, seed, build if stale, then serve the production build.
import { ensureDependencies, baseEnv, migrateAndSeed, ensureBuild } from "./lib/prepare.mjs";
import { serve } from "./lib/serve.mjs";
import { databaseLabel } from "./lib/database-label.mjs";
import { demoEnabled } from "../lib/auth/demo-mode.mjs";

const root = process.cwd();
ensureDependencies(root);
const env = baseEnv({ NODE_ENV: "production" });
migrateAndSeed(env, root);
ensureBuild(root);

const url = `http://localhost:${env.PORT}`;
console.log(`\n✔ Progressif : ${url}`);
if (demoEnabled(env)) {
  console.log("  Comptes de démonstration :");
  console.log("    étudiant·e    student@demo.test     / student-demo");
  console.log("    enseignant·e  instructor@demo.test  / instructor-demo");
  console.log("    admin         admin@demo.test       / admin-demo");
}
console.log(`  Base de données : ${databaseLabel(env)}\n`);

await serve(["-p", env.PORT], env, root);
