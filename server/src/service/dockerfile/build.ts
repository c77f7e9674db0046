// What a build runs, as the Dockerfile checks need it: every instruction with its stage, ONBUILD triggers included
// (analysed like the same instruction outside, with ranges inside the trigger); which stages reach the final image;
// the ENV a stage inherits; and the package-manager commands of a RUN (apt-get, apt, aptitude, apk, yum, dnf,
// microdnf, zypper, pip) split into words.
import type { Instruction, Onbuild } from 'dockerfile-ast';
import type { DocumentModel } from '../model';
import { commands, facts, flagValues, shellText, type DockerfileFacts, type Stage } from './model';
import type { Dockerfile } from 'dockerfile-ast';

export interface BuildInstruction {
  ins: Instruction;
  /** Undefined before the first FROM. */
  stage?: Stage;
  /** The ONBUILD this instruction is the trigger of: it runs when another image is built FROM this one. */
  onbuild?: Instruction;
}

const cache = new WeakMap<DocumentModel, BuildInstruction[]>();

/** Every instruction in order, each ONBUILD replaced by its trigger instruction (memoized per document version). */
export function buildInstructions(model: DocumentModel, dockerfile: Dockerfile): BuildInstruction[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const f = facts(model, dockerfile);
  const out: BuildInstruction[] = [];
  const stageOf = new Map<Instruction, Stage>();
  for (const s of f.stages) {
    stageOf.set(s.from, s);
    for (const i of s.instructions) stageOf.set(i, s);
  }
  for (const ins of dockerfile.getInstructions()) {
    const stage = stageOf.get(ins);
    if (ins.getKeyword() === 'ONBUILD') {
      let trigger: Instruction | null = null;
      try {
        trigger = (ins as Onbuild).getTriggerInstruction();
      } catch {
        trigger = null;
      }
      if (trigger) out.push({ ins: trigger, stage, onbuild: ins });
      continue;
    }
    out.push({ ins, stage });
  }
  cache.set(model, out);
  return out;
}

/** The instructions with one of these keywords, triggers included. */
export function instructionsOf(model: DocumentModel, dockerfile: Dockerfile, ...keywords: string[]): BuildInstruction[] {
  const set = new Set(keywords);
  return buildInstructions(model, dockerfile).filter((b) => set.has(b.ins.getKeyword()));
}

/**
 * Whether what a stage leaves in its layers ships: the final stage and the stages it is built FROM (a COPY --from
 * takes only the files it names, so the package caches of a build stage never reach the image). A trigger ships in
 * the image built FROM this one, so it always counts.
 */
export function reachesFinal(f: DockerfileFacts, b: Pick<BuildInstruction, 'stage' | 'onbuild'>): boolean {
  if (b.onbuild || !b.stage) return true;
  for (let s: Stage | undefined = f.stages[f.stages.length - 1]; s; s = s.parent) if (s === b.stage) return true;
  return false;
}

/** The value an ENV of the stage (or of the stages it is built FROM) gives `name` before `before`, or undefined. */
export function stageEnv(stage: Stage | undefined, name: string, before?: Instruction): string | undefined {
  const chain: Stage[] = [];
  for (let s = stage; s; s = s.parent) chain.unshift(s);
  let value: string | undefined;
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (ins === before) return value;
      if (ins.getKeyword() !== 'ENV') continue;
      const props = (ins as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties();
      for (const p of props) if (p.getName() === name) value = unquote(p.getValue() ?? '');
    }
  }
  return value;
}

export const unquote = (s: string): string => (/^(["']).*\1$/s.test(s) ? s.slice(1, -1) : s);

/** A BuildKit mount that keeps `dir` out of the layer (a cache or tmpfs mount on it or above it). */
export function mountsKeepOut(ins: Instruction, dirs: RegExp): boolean {
  return flagValues(ins, 'mount').some((m) => /(?:^|,)type=(?:cache|tmpfs)\b/.test(m) && dirs.test(m.match(/(?:^|,)(?:target|dst|destination)=([^,]+)/)?.[1] ?? ''));
}

/**
 * The RUNs whose layers ship (reachesFinal) and, when `cacheDirs` is given, that do not keep that cache folder out of
 * the layer with a BuildKit mount: where the cache-cleanup rules (DF004–DF007, DF018) have something to say.
 */
export function shippingRuns(model: DocumentModel, dockerfile: Dockerfile, cacheDirs?: RegExp): BuildInstruction[] {
  const f = facts(model, dockerfile);
  return instructionsOf(model, dockerfile, 'RUN').filter((b) => reachesFinal(f, b) && !(cacheDirs && mountsKeepOut(b.ins, cacheDirs)));
}

export type Manager = 'apt' | 'apk' | 'yum' | 'zypper' | 'pip' | 'npm' | 'gem';

/** One package-manager command of a RUN: `apt-get -y install curl=8.*` → manager apt, action install, words. */
export interface PackageCommand {
  manager: Manager;
  /** The program as written: apt-get, apt, aptitude, apk, yum, dnf, microdnf, zypper, pip, pip3, python3 -m pip. */
  program: string;
  action: string;
  /** Every word after the program (options included), quotes removed. */
  words: string[];
  /** The words that name packages (options and their values excluded). */
  packages: string[];
  text: string;
}

const PROGRAMS: Record<string, Manager> = {
  'apt-get': 'apt', apt: 'apt', aptitude: 'apt', apk: 'apk', yum: 'yum', dnf: 'yum', microdnf: 'yum', zypper: 'zypper',
  pip: 'pip', pip2: 'pip', pip3: 'pip', npm: 'npm', gem: 'gem',
};
/** Options that take a value as the next word (so the value is not a package name). */
const VALUED = /^(?:-o|-t|-c|--option|--target-release|--default-release|--repository|-X|--repo|--enablerepo|--disablerepo|--setopt|--installroot|-r|--requirement|-c|--constraint|-e|--editable|-i|--index-url|--extra-index-url|-f|--find-links|--root|--prefix|--target|--platform|--python-version|--virtual|--registry)$/;

/** The package-manager commands of a shell text (commands split on `&&`, `;`, `|` …; `sudo` and `VAR=x` skipped). */
export function packageCommands(text: string): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const c of commands(text)) {
    const words = c.split(/\s+/).map(unquote).filter(Boolean);
    let i = 0;
    while (i < words.length && (/^\w+=/.test(words[i]) || words[i] === 'sudo' || words[i] === 'exec' || words[i] === 'env')) i++;
    let program = words[i] ?? '';
    let manager = PROGRAMS[program.split('/').pop() ?? ''];
    if (!manager && /^python[\d.]*$/.test(program.split('/').pop() ?? '') && words[i + 1] === '-m' && /^pip\d?$/.test(words[i + 2] ?? '')) {
      manager = 'pip';
      program = `${program} -m ${words[i + 2]}`;
      i += 2;
    }
    if (!manager) continue;
    const rest = words.slice(i + 1);
    let action = '';
    const packages: string[] = [];
    for (let k = 0; k < rest.length; k++) {
      const w = rest[k];
      if (w.startsWith('-')) {
        if (VALUED.test(w)) k++;
        continue;
      }
      if (!action) action = w;
      else packages.push(w);
    }
    out.push({ manager, program, action, words: rest, packages, text: c });
  }
  return out;
}

/** The package commands of a RUN (its shell text, heredoc bodies included). */
const packagesOf = new WeakMap<Instruction, PackageCommand[]>();

export function runPackages(model: DocumentModel, ins: Instruction): PackageCommand[] {
  let found = packagesOf.get(ins);
  if (!found) packagesOf.set(ins, (found = packageCommands(shellText(model, ins))));
  return found;
}

export const INSTALL = /^(?:install|add|in|groupinstall|localinstall|reinstall)$/;
export const REMOVE = /^(?:remove|del|purge|erase|autoremove|rm|uninstall)$/;
