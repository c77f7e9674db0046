import { ResponseError, LSPErrorCodes, type CancellationToken, type Connection, type WorkDoneProgressReporter } from 'vscode-languageserver';

export interface Logger {
  info(msg: string): void;
  error(msg: string): void;
}

const seen = new Set<string>();

/** Log an error once per distinct message (a broken check on every keystroke must not flood the log). */
export function logOnce(log: Logger, what: string, e: unknown): void {
  const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  const key = `${what}:${msg.split('\n')[0]}`;
  if (seen.has(key)) return;
  seen.add(key);
  log.error(`${what} failed: ${msg}`);
}

/** Run a request handler: errors are logged and answered with the fallback; cancellation is honoured. */
export function runSafe<T>(log: Logger, what: string, token: CancellationToken | undefined, fallback: T, fn: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    return fn();
  } catch (e) {
    logOnce(log, what, e);
    return fallback;
  }
}

/** Work-done progress in the client's status bar, when it can show it (undefined otherwise: report through `?.`). */
export async function beginProgress(connection: Connection, enabled: boolean, message: string): Promise<WorkDoneProgressReporter | undefined> {
  if (!enabled) return undefined;
  try {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('DevOps Hints', 0, message, false);
    return progress;
  } catch {
    return undefined;
  }
}
