import type { DockerfileCheck } from '../parse';
import { commands, facts, shellText } from '../model';
import { runPackages, type Manager } from '../build';
import { joinRunsEdits } from '../fixes';

const UPDATE = /^(?:update|makecache|refresh|ref)$/;
const INSTALL = /^(?:install|add|in|upgrade|groupinstall)$/;

/**
 * DF020: a RUN that only refreshes the package index (`apt-get update`, `apk update`, `yum makecache`, `zypper
 * refresh`) followed by a later RUN of the stage that installs with the same manager. The update's layer is cached
 * on its own: when the install line changes, the rebuild reuses an old index and installs stale or missing versions
 * (001 › Day45: layers and the build cache). The quick fix moves the update into the install RUN.
 */
export const check: DockerfileCheck = {
  rule: 'DF020',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const stage of facts(model, dockerfile).stages) {
      const runs = stage.instructions.filter((i) => i.getKeyword() === 'RUN');
      runs.forEach((ins, k) => {
        const text = shellText(model, ins);
        const cmds = runPackages(model, ins);
        const parts = commands(text).filter((c) => !/^set\s+-/.test(c));
        if (!cmds.length || cmds.length !== parts.length || !cmds.every((c) => UPDATE.test(c.action) && c.manager !== 'pip')) return;
        const manager: Manager = cmds[0].manager;
        const install = runs.slice(k + 1).find((r) => runPackages(model, r).some((c) => c.manager === manager && INSTALL.test(c.action)));
        if (!install) return;
        const line = String(install.getRange().start.line + 1);
        const edits = joinRunsEdits(model, ins, install);
        report(ins.getInstructionRange(), { update: cmds.map((c) => c.text).join(' && '), line }, edits ? [{ titleId: 'merge', args: { line }, edits, preferred: true }] : undefined);
      });
    }
  },
};
