// The Dockerfile model: facts about a parsed Dockerfile that its rules, hover, completion and Outline share (stages,
// global ARGs, instruction helpers), computed once per document model.
import type { Dockerfile, Instruction, From, Flag, Variable } from 'dockerfile-ast';
import { JSONInstruction } from 'dockerfile-ast';
import type { DocumentModel } from '../model';
import { dockerfileOf } from './parse';
import { validateDockerfile, type StructuralIssue } from './validate';

export interface Stage {
  index: number;
  from: From;
  name?: string;
  /** Lower-cased: stage names are case-insensitive. */
  key?: string;
  instructions: Instruction[];
  /** The stage's FROM names an earlier stage (FROM base AS release). */
  parent?: Stage;
}

export interface DockerfileFacts {
  stages: Stage[];
  /** ARG instructions before the first FROM (visible to FROM lines only). */
  globalArgs: Instruction[];
  stageByName: Map<string, Stage>;
  /** Structural issues (`validate.ts`, computed on first use). */
  structural(): StructuralIssue[];
}

const cache = new WeakMap<DocumentModel, DockerfileFacts>();

export function facts(model: DocumentModel, dockerfile: Dockerfile): DockerfileFacts {
  const hit = cache.get(model);
  if (hit) return hit;
  const stages: Stage[] = [];
  const globalArgs: Instruction[] = [];
  const stageByName = new Map<string, Stage>();
  let cur: Stage | undefined;
  for (const ins of dockerfile.getInstructions()) {
    const kw = ins.getKeyword();
    if (kw === 'FROM') {
      const from = ins as From;
      const name = from.getBuildStage() ?? undefined;
      cur = { index: stages.length, from, name, key: name?.toLowerCase(), instructions: [] };
      const base = from.getImageName();
      if (base) cur.parent = stageByName.get(base.toLowerCase());
      stages.push(cur);
      if (cur.key && !stageByName.has(cur.key)) stageByName.set(cur.key, cur);
    } else if (!cur) {
      if (kw === 'ARG') globalArgs.push(ins);
    } else {
      cur.instructions.push(ins);
    }
  }
  let structural: StructuralIssue[] | undefined;
  const f: DockerfileFacts = {
    stages,
    globalArgs,
    stageByName,
    structural() {
      if (structural) return structural;
      try {
        structural = validateDockerfile(dockerfile, model.index);
      } catch {
        // dockerfile-ast recurses without end on some malformed text (an indented `" $"` before any FROM): no
        // structural issues for this version rather than every structural check failing in turn.
        structural = [];
      }
      return structural;
    },
  };
  cache.set(model, f);
  return f;
}

/**
 * The variables an instruction references. dockerfile-ast resolves them as it lists them, and recurses without end
 * for an instruction before any FROM in some malformed files (an indented `" $"`): then none.
 */
export function variablesOf(ins: Instruction): Variable[] {
  try {
    return ins.getVariables();
  } catch {
    return [];
  }
}

export function flagsOf(ins: Instruction): Flag[] {
  const f = (ins as unknown as { getFlags?: () => Flag[] }).getFlags;
  return typeof f === 'function' ? f.call(ins) : [];
}

export function flag(ins: Instruction, name: string): Flag | undefined {
  return flagsOf(ins).find((f) => f.getName() === name);
}

/** The instruction's arguments as strings (JSON form strings when written in exec form), flags excluded. */
export function argValues(ins: Instruction): string[] {
  if (ins instanceof JSONInstruction) {
    const json = ins.getJSONStrings();
    if (json.length) return json.map((s) => s.getJSONValue());
  }
  const content = (ins.getArgumentsContent() ?? '').trim();
  if (content.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(content);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      /* not JSON: shell words below */
    }
  }
  return ins.getArguments().map((a) => a.getValue());
}

/** The value of a flag (`--mount=type=cache,…` → `type=cache,…`), or undefined. Flags are not part of the arguments. */
export function flagValue(ins: Instruction, name: string): string | undefined {
  return flagsOf(ins).find((f) => f.getName() === name)?.getValue() ?? undefined;
}

/** All values of a repeatable flag (RUN may have several --mount). */
export function flagValues(ins: Instruction, name: string): string[] {
  return flagsOf(ins).filter((f) => f.getName() === name).map((f) => f.getValue() ?? '');
}

/** Exec (JSON) form: `CMD ["node", "server.js"]`. */
export function isExecForm(ins: Instruction): boolean {
  return ins instanceof JSONInstruction && ins.getOpeningBracket() !== null && ins.getClosingBracket() !== null && ins.getJSONStrings().length > 0;
}

/**
 * The shell command text of a RUN (continuations joined, comment lines dropped), with heredoc bodies included —
 * they run in a shell as well.
 */
const shellTexts = new WeakMap<Instruction, string>();

export function shellText(model: DocumentModel, ins: Instruction): string {
  // Instructions belong to one parse of one text: the shell text is computed once per instruction (a dozen rules read it).
  const known = shellTexts.get(ins);
  if (known !== undefined) return known;
  const text = computeShellText(model, ins);
  shellTexts.set(ins, text);
  return text;
}

function computeShellText(model: DocumentModel, ins: Instruction): string {
  const r = ins.getRange();
  const start = model.index.offsetAt(ins.getInstructionRange().end);
  const end = model.index.offsetAt(r.end);
  const raw = model.text.slice(start, end);
  const escape = dockerfileOf(model)?.getEscapeCharacter() ?? '\\';
  // Continued lines are joined with a space; other line breaks (heredoc bodies) stay, and separate commands.
  return raw
    .split(/\r?\n/)
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => (l.endsWith(escape) ? `${l.slice(0, -1)} ` : `${l}\n`))
    .join('')
    .trimEnd();
}

/** The last stage is what `docker build` produces by default. */
export function finalStage(f: DockerfileFacts): Stage | undefined {
  return f.stages[f.stages.length - 1];
}

/** Shell commands of a RUN split on `&&`, `||`, `;` and `|`, each trimmed — enough to find `apt-get install` & co. */
export function commands(text: string): string[] {
  return text.split(/&&|\|\||;|\||\n/).map((c) => c.trim()).filter(Boolean);
}
