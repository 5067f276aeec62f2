/** CPU used by the server and by the load generator during a phase (the machine is shared). */
import os from "node:os";
import { serverCpuSeconds, type RunningServer } from "./server";

export type CpuUse = { server: number; generator: number; load: [number, number] };

export function cpuMeter(server: RunningServer): () => CpuUse {
  const serverCpu = () => serverCpuSeconds(server);
  const s0 = serverCpu();
  const g0 = process.cpuUsage();
  const l0 = os.loadavg()[0];
  return () => {
    const g = process.cpuUsage(g0);
    return { server: serverCpu() - s0, generator: (g.user + g.system) / 1e6, load: [l0, os.loadavg()[0]] };
  };
}

export function describeCpu(cpu: CpuUse, seconds: number, requests: number): string {
  const per = (s: number) => ((s * 1000) / Math.max(1, requests)).toFixed(2);
  return `CPU serveur ${cpu.server.toFixed(1)} s (${((100 * cpu.server) / seconds).toFixed(0)} % d'un cœur, ${per(cpu.server)} ms/requête) · générateur ${cpu.generator.toFixed(1)} s (${per(cpu.generator)} ms/requête) · charge machine ${cpu.load[0].toFixed(1)} → ${cpu.load[1].toFixed(1)}`;
}
