import type { DockerfileCheck } from '../parse';
import type { Instruction } from 'dockerfile-ast';
import { posix } from 'node:path';
import { dirOf } from '../../common/paths';
import type { WorkspaceFs } from '../../workspace/fs';
import { argValues, facts, flag, flagValues, shellText } from '../model';
import { runPackages } from '../build';
import { installOf, type Install } from '../ecosystem';

/**
 * The files to copy first, as the message names them: in each slot the one the build context has (`build.gradle.kts`
 * rather than `build.gradle`), a lock file the context lacks left out — when the context is known to be the
 * Dockerfile's folder (its manifest is there); otherwise each slot's first name.
 */
function filesToCopy(install: Install, fs: WorkspaceFs, path: string): string[] {
  const dir = dirOf(path);
  const at = (f: string) => (f.startsWith('/') ? f : `${dir}/${f}`);
  const known = fs.available && fs.contains(path) && install.files[0].some((f) => fs.exists(at(f)));
  return install.files.flatMap((slot, i) => {
    if (!known) return [slot[0]];
    const found = slot.find((f) => fs.exists(at(f)));
    return found ? [found] : i === 0 ? [slot[0]] : [];
  });
}

/** `COPY <files> <dest>`: into the working directory, at the same relative folder the install reads them from. */
function copyLine(files: string[]): string {
  const dirs = new Set(files.map((f) => posix.dirname(f)));
  if (dirs.size !== 1 || dirs.has('.')) return `COPY ${files.join(' ')} ./`;
  const [d] = dirs;
  // An absolute path is where the file goes; the source is the file's name in the context.
  if (d.startsWith('/')) return `COPY ${files.map((f) => posix.basename(f)).join(' ')} ${d === '/' ? '/' : `${d}/`}`;
  return `COPY ${files.join(' ')} ./${d}/`;
}

const copiesWholeContext = (ins: Instruction) => {
  if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') return false;
  if (flag(ins, 'from')) return false;
  const args = argValues(ins);
  return args.slice(0, -1).some((s) => s === '.' || s === './' || s === '*');
};

/**
 * DF010: a layer order that defeats the build cache (001 › Day45; 002 › 이미지 경량화 전략: stable layers first).
 * - `COPY . .` before the dependency install: every source edit re-runs the install. (variant: wholeContextFirst)
 * - the install runs before its manifest is copied at all: it installs nothing, or fails. (variant: manifestMissing)
 * The ecosystem is the install's own (npm, pip with its `-r` files, poetry, go, maven, gradle, cargo, bundler …), and
 * the message names its manifest files, as the build context has them when the workspace shows it.
 */
export const check: DockerfileCheck = {
  rule: 'DF010',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report, fs }) {
    for (const stage of facts(model, dockerfile).stages) {
      let wholeContext: Instruction | undefined;
      const copied: string[] = [];
      for (const ins of stage.instructions) {
        const kw = ins.getKeyword();
        if (kw === 'COPY' || kw === 'ADD') {
          if (copiesWholeContext(ins)) wholeContext ??= ins;
          else copied.push(...argValues(ins).slice(0, -1));
          continue;
        }
        if (kw !== 'RUN') continue;
        if (flagValues(ins, 'mount').some((m) => /type=bind/.test(m))) continue;
        const install = installOf(shellText(model, ins), runPackages(model, ins));
        if (!install) continue;
        const manifestCopied = copied.some((c) => install.manifest.test(c.replace(/\/$/, '')) || install.manifest.test(c));
        if (manifestCopied) continue;
        const line = String(ins.getRange().start.line + 1);
        if (wholeContext) {
          report(wholeContext.getRange(), { tool: install.tool, line, manifest: copyLine(filesToCopy(install, fs, model.path)) }, undefined, 'wholeContextFirst');
        } else if (!stage.parent && copied.length === 0 && isFirstStageWithoutSources(stage.instructions, ins)) {
          report(ins.getRange(), { tool: install.tool, line, manifest: copyLine(filesToCopy(install, fs, model.path)) }, undefined, 'manifestMissing');
        }
      }
    }
  },
};

/** No COPY/ADD at all before this RUN, but one after it: the install ran on an empty directory. */
function isFirstStageWithoutSources(list: Instruction[], run: Instruction): boolean {
  const i = list.indexOf(run);
  return list.slice(i + 1).some((x) => x.getKeyword() === 'COPY' || x.getKeyword() === 'ADD');
}
