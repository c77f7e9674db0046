// Types of start-lib.mjs (the pure parts of `npm start`), for test/unit/start.test.ts.

export const USAGE: string;

export interface StartArgs {
  check: boolean;
  codeServer: boolean;
  help: boolean;
  lang?: 'ko' | 'en' | 'auto';
  port?: number;
}

export function parseStartArgs(argv: string[]): StartArgs | { error: string };

export function copyExamples(examplesDir: string, tmpRoot?: string): string;

export function readyMessage(o: {
  url: string;
  port: number;
  folder: string;
  pid: number;
  sshTarget: string;
  seconds?: number;
  details?: string;
}): string;

export function cannotStartMessage(setupMessage: string, vsix: string): string;
