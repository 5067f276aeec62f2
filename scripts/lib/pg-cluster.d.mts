export function findPostgresBin(): string | null;
export function startCluster(options?: { database?: string; durable?: boolean; log?: (line: string) => void }): Promise<{
  url: string;
  port: number;
  dir: string;
  stop: () => Promise<void>;
}>;
