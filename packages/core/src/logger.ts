/** What the client logs: one line per attempt, never a header, a body, a token or a password. */
export interface Logger {
  debug(message: string, fields: LogFields): void;
  info(message: string, fields: LogFields): void;
  warn(message: string, fields: LogFields): void;
}

export interface LogFields {
  method: string;
  /** URL with credentials removed. */
  url: string;
  attempt: number;
  status?: number;
  durationMs?: number;
  retryInMs?: number;
  error?: string;
}
