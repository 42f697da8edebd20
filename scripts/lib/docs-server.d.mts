import type { Server } from "node:http";

/** Starts serving `root` on `host:port` (port 0 picks a free one). */
export function startDocsServer(root: string, options?: { host?: string; port?: number }): Promise<{ server: Server; url: string; close(): Promise<void> }>;
