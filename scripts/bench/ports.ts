/** The first port from `start` on which nothing listens on 127.0.0.1 (other engineers' servers may). */
import net from "node:net";

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(start: number, tries = 50): Promise<number> {
  for (let port = start; port < start + tries; port++) if (await isFree(port)) return port;
  throw new Error(`aucun port libre entre ${start} et ${start + tries - 1}`);
}
