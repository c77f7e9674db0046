import type { Instruction } from 'dockerfile-ast';
import type { DockerfileCheck } from '../parse';
import { facts } from '../model';
import { INSTALL, REMOVE, runPackages, reachesFinal, type PackageCommand } from '../build';
import { joinRunsEdits } from '../fixes';

/** The names a command installs: its packages, and an apk virtual package (`--virtual .build-deps`, `-t`). */
function installed(c: PackageCommand): string[] {
  const names = c.packages.map((p) => p.split(/[=<>~@]/)[0]);
  const v = c.words.findIndex((w) => w === '--virtual' || w === '-t');
  if (c.manager === 'apk' && v >= 0 && c.words[v + 1]) names.push(c.words[v + 1]);
  const eq = c.words.find((w) => w.startsWith('--virtual='));
  if (eq) names.push(eq.slice('--virtual='.length));
  return names;
}

/**
 * DF021: a package installed by one RUN and removed by a later RUN of the same stage (`RUN apk add git` …
 * `RUN apk del git`, the notes' own example). Each RUN is a layer: the removal hides the files but the installing
 * layer still ships, so the image is no smaller (001 › Day45: layers). Install, use and remove in one RUN. The quick
 * fix merges the two when they are next to each other. Build stages that never reach the final image are left alone.
 */
export const check: DockerfileCheck = {
  rule: 'DF021',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const f = facts(model, dockerfile);
    for (const stage of f.stages) {
      if (!reachesFinal(f, { stage })) continue;
      const where = new Map<string, Instruction>();
      stage.instructions.forEach((ins, k) => {
        if (ins.getKeyword() !== 'RUN') return;
        const cmds = runPackages(model, ins);
        const removedHere: string[] = [];
        let from: Instruction | undefined;
        for (const c of cmds) {
          if (!REMOVE.test(c.action)) continue;
          for (const p of c.packages) {
            const src = where.get(`${c.manager}:${p}`);
            if (src && src !== ins) {
              removedHere.push(p);
              from ??= src;
            }
          }
        }
        for (const c of cmds) if (INSTALL.test(c.action)) for (const p of installed(c)) where.set(`${c.manager}:${p}`, ins);
        if (!from || !removedHere.length) return;
        const line = String(from.getRange().start.line + 1);
        const adjacent = stage.instructions[k - 1] === from;
        const edits = adjacent ? joinRunsEdits(model, from, ins) : undefined;
        report(ins.getInstructionRange(), { packages: removedHere.join(', '), line }, edits ? [{ titleId: 'merge', edits, preferred: true }] : undefined);
      });
    }
  },
};
