import type { DockerfileCheck } from '../parse';
import { instructionsOf, runPackages, type PackageCommand } from '../build';

/** A word that is not a package name from the repository: a variable, a path, a local file, a URL, a VCS spec. */
const NOT_A_NAME = /[$/]|^\.|\.(?:deb|apk|rpm|whl|tar\.gz|zip)$|^[a-z+]+:/i;
const PINNED: Record<string, RegExp> = {
  apt: /=/,
  apk: /[=~<>]/,
  pip: /==|>=|<=|~=|!=|<|>|@/,
  // `name@1.2.3`, `@scope/name@^1` (a leading @ is the scope, not a version)
  npm: /.@/,
  gem: /:\d/,
};

function unpinned(c: PackageCommand): string[] {
  const pinned = PINNED[c.manager];
  if (!pinned || c.program === 'aptitude') return [];
  if (!(c.manager === 'apk' ? c.action === 'add' : c.action === 'install' || (c.manager === 'npm' && c.action === 'i'))) return [];
  // gem install x -v 1.2 pins the one gem it names; a bare `npm install` installs the lockfile.
  if (c.manager === 'gem' && c.words.some((w) => w === '-v' || w === '--version' || w.startsWith('--version='))) return [];
  // pip from requirement or constraint files, or an editable project: the versions live in those files.
  if (c.manager === 'pip' && c.words.some((w) => /^(?:-r|--requirement|-c|--constraint|-e|--editable)$/.test(w) || /^(?:-r|-c)\S/.test(w))) return [];
  return c.packages.filter((p) => !NOT_A_NAME.test(p) && !pinned.test(p));
}

/**
 * DF019 (info): packages installed without a version — apt-get/apt `install`, `apk add`, `pip install`, `npm install`
 * and `gem install` of named packages. Each build may then get a different version; pinning (`curl=8.5.*`, `curl=~8.5`, `flask==3.0.3`) makes
 * the build reproducible. Information only: many images deliberately take the distribution's current version.
 */
export const check: DockerfileCheck = {
  rule: 'DF019',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'RUN')) {
      const cmds = runPackages(model, ins);
      const names: string[] = [];
      let manager = '';
      for (const c of cmds) {
        const u = unpinned(c);
        if (u.length && !manager) manager = c.manager;
        for (const p of u) if (!names.includes(p)) names.push(p);
      }
      if (!names.length) continue;
      const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} (+${names.length - 3})` : names.join(', ');
      const example = { pip: `${names[0]}==<version>`, apk: `${names[0]}=~<version>`, npm: `${names[0]}@<version>`, gem: `${names[0]}:<version>` }[manager] ?? `${names[0]}=<version>`;
      report(ins.getInstructionRange(), { packages: shown, example });
    }
  },
};
