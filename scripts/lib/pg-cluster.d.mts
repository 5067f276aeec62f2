export function findPostgresBin(): string | null;
export function startCluster(options?: { database?: string; durable?: boolean; log?: (line: string) => void }): Promise<{
  url: string;
  port: number;
  dir: string;
  stop: () => Promise<void>;
}>;
export function throwAwayDatabase(options: { name: string; serverUrl?: string; durable?: boolean; log?: (line: string) => void }): Promise<{ url: string; drop: () => Promise<void> }>;
