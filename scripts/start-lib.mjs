// The pure parts of `npm start` (scripts/start.mjs): its arguments, the copy of examples/ it opens, and what it
// prints. Unit-tested in test/unit/start.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const USAGE = `npm start [-- options]   build, package, and open a copy of examples/ with the extension installed

  (no option)        \`code\` on PATH: install the .vsix into VS Code and open the copy there;
                     otherwise set up code-server (cached) and print the address to open in a browser
  --code-server      use code-server even when \`code\` is on PATH
  --port <n>         first port code-server tries (default 8080; the next free one is taken)
  --lang ko|en|auto  devopsHints.language in code-server (default: ko, or what you chose before)
  --check            self-test (CI): code-server + headless chromium, the extension must report a problem
  --help             this text

  The code-server cache: $DEVOPS_HINTS_E2E_CACHE, or ~/.cache/devops-hints-e2e.`;

/**
 * `npm start`'s arguments → { check, codeServer, lang, port, help } (lang and port undefined when not given),
 * or { error } with a message for the user.
 */
export function parseStartArgs(argv) {
  const out = { check: false, codeServer: false, help: false, lang: undefined, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') out.check = true;
    else if (a === '--code-server') out.codeServer = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--lang' || a === '--port') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return { error: `${a} needs a value` };
      if (a === '--lang') {
        if (!['ko', 'en', 'auto'].includes(v)) return { error: `--lang must be ko, en or auto (got ${v})` };
        out.lang = v;
      } else {
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1 || n > 65535) return { error: `--port must be a port number, 1–65535 (got ${v})` };
        out.port = n;
      }
    } else return { error: `unknown option ${a}` };
  }
  return out;
}

/**
 * A fresh copy of `examplesDir` in a new folder under `tmpRoot`; returns its path. What `npm start` opens, so trying
 * the quick fixes never changes the repository's files.
 */
export function copyExamples(examplesDir, tmpRoot = os.tmpdir()) {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'devops-hints-examples-'));
  fs.cpSync(examplesDir, dir, { recursive: true });
  return dir;
}

/**
 * What `npm start` prints once code-server answers: the address, how to reach it from another machine (SSH port
 * forwarding: code-server listens on the loopback interface only), how to stop it.
 *   url, port        the address to open and its port
 *   folder           the copy of examples/ that is open
 *   pid              the process that Ctrl+C / kill stops (npm start's node)
 *   sshTarget        user@host for the ssh example
 *   seconds          how long the start took (undefined: not said)
 *   details          one line of extra facts (language, user data, log)
 */
export function readyMessage({ url, port, folder, pid, sshTarget, seconds, details }) {
  const took = seconds === undefined ? '' : ` (ready in ${seconds.toFixed(1)} s)`;
  return [
    '',
    `  DevOps Hints is running in code-server${took}. Open in a browser:`,
    '',
    `    ${url}`,
    '',
    '  From another machine: code-server listens on 127.0.0.1 only. Forward the port over SSH from that machine,',
    '  then open the same address there:',
    '',
    `    ssh -N -L ${port}:127.0.0.1:${port} ${sshTarget}`,
    '',
    `  The folder is a fresh copy of examples/ (${folder}): edit it and apply quick fixes freely; the`,
    '  repository’s files never change, and the copy is deleted when code-server stops.',
    `  To stop: Ctrl+C here, or \`kill ${pid}\` from another terminal.`,
    ...(details ? [`  (${details})`] : []),
    '',
  ].join('\n');
}

/**
 * What `npm start` prints when this machine cannot run code-server (a SetupError from codeServer.mjs: its message
 * says why), with the alternative that needs none of it: the .vsix in VS Code.
 */
export function cannotStartMessage(setupMessage, vsix) {
  return [
    `[start] Cannot set up code-server here.`,
    setupMessage,
    '',
    'Instead, use the extension in VS Code (no code-server needed):',
    `  code --install-extension ${vsix}`,
    '  then open examples/ (or a copy of it) in VS Code. With VS Code’s `code` command on PATH, `npm start` does both.',
  ].join('\n');
}
