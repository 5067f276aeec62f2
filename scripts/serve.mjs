// Serves the production build (already built) as `npm start` does, without preparing anything:
// node scripts/serve.mjs -p <port> [-H <host>], with PROGRESSIF_WORKERS for several processes.
import { serve } from "./lib/serve.mjs";

await serve(process.argv.slice(2), process.env);
