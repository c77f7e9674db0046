// The extension-host suite on the Electron build of VS Code, downloaded by @vscode/test-electron — for machines
// that can download VS Code (`npm run test:vscode:electron`). Where that is impossible (CI here), the same suite
// runs in code-server's extension host: test/vscode/runInCodeServer.mjs (`npm run test:vscode`).
//
// Bundled by scripts/e2e-build.mjs into out/test/vscode/runTest.cjs. Expects dist/ to be built (npm run package).
// VSCODE_VERSION picks the VS Code version (default: the oldest one package.json's engines allow).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runTests } from '@vscode/test-electron';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'examples'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

async function main(): Promise<number> {
  const root = repoRoot();
  if (!existsSync(join(root, 'dist', 'server.js'))) throw new Error('dist/ is not built: run `npm run package` first');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  const version = process.env.VSCODE_VERSION || pkg.engines.vscode.replace(/^[^\d]*/, '');

  const tmp = mkdtempSync(join(tmpdir(), 'devops-hints-vscode-'));
  const workspace = join(tmp, 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  const userDataDir = join(tmp, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'devopsHints.language': 'ko', 'files.autoSave': 'off', 'security.workspace.trust.enabled': false }, null, 2),
  );
  try {
    return await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'suite', 'index.cjs'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${join(tmp, 'extensions')}`,
      ],
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
