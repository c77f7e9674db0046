// Parsing Dockerfiles with dockerfile-ast, once per document version: the one parse every check, hover and completion reads.
//
// Two things make the parser slow on long Dockerfiles (a 2,000-line one: ≈ 180 ms before, ≈ 90 ms after):
// - `Instruction.getRawArguments()` scans the instruction's text and converts offsets on every call, and our checks
//   and structural validation (`validate.ts`) call it (through `getArguments()`) many times per instruction, some of
//   them once per variable per instruction. An instruction never changes after parsing, so its raw arguments are
//   computed once per instruction and handed out in a new array each time (callers shift flags off it). The
//   arguments themselves are shared: the one caller that moves the start and end of a range it gets
//   (From.getImageNameRange, through getImageRange) gets a copy (below); nothing else changes them.
// - Every `$VAR` an instruction lists is resolved on the spot (`Dockerfile.resolveVariable`), which walks every FROM
//   and the ARG/ENV instructions before it: quadratic in the file. Its answer (a string, or none) depends only on
//   the name and the line, so it is kept per parsed file.
import { type Argument, DockerfileParser, From, Instruction, type Variable, type Dockerfile } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { DocumentModel, DocumentUnit, FileKindParser } from '../model';
import type { UnitCheck } from '../rules/check';
import type { FeatureContext } from '../provider';
import { basename } from '../common/paths';

// (getRawArguments is private in the library's typings; getArguments and getVariables call it.)
const proto = Instruction.prototype as unknown as { getRawArguments: ((this: Instruction) => Argument[]) & { memoized?: boolean } };
// (Kept on the instance under a symbol: faster than a WeakMap at tens of thousands of calls per validation.)
const RAW = Symbol('rawArguments');
const original = proto.getRawArguments;
if (!original.memoized) {
  const memoized = function getRawArguments(this: Instruction & { [RAW]?: Argument[] }): Argument[] {
    const args = this[RAW] ?? (this[RAW] = original.call(this));
    return args.slice();
  };
  proto.getRawArguments = Object.assign(memoized, { memoized: true });
}

// The Dockerfile class is not exported by the library: its prototype is the one a parse returns.
type Resolve = ((this: Dockerfile, variable: string, line: number) => string | null | undefined) & { memoized?: boolean };
const dockerfileProto = Object.getPrototypeOf(DockerfileParser.parse('')) as { resolveVariable: Resolve };
const resolved = new WeakMap<Dockerfile, Map<string, string | null | undefined>>();
const originalResolve = dockerfileProto.resolveVariable;
if (!originalResolve.memoized) {
  const memoized = function resolveVariable(this: Dockerfile, variable: string, line: number) {
    let known = resolved.get(this);
    if (!known) resolved.set(this, (known = new Map()));
    const key = `${line}:${variable}`;
    if (known.has(key)) return known.get(key);
    const value = originalResolve.call(this, variable, line);
    known.set(key, value);
    return value;
  };
  dockerfileProto.resolveVariable = Object.assign(memoized, { memoized: true });
}

// - The other getters the checks call over and over are pure functions of the parsed instruction as well: an
//   instruction's variables (each parsed from its text and resolved), FROM's image name, tag, digest and stage. They are
//   computed once per instruction; ranges are copied for every caller, as above.
const copyRange = (r: Range | null): Range | null => (r ? { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } } : null);
// Variables are read, never changed (by the library or by us): the same objects in a new array (LABEL's override
// removes the quoted ones from the array it gets).
const copyVariables = (vs: Variable[]): Variable[] => vs.slice();
const same = <T>(v: T): T => v;
function memoize<T>(proto: object, name: string, copy: (v: T) => T): void {
  const target = proto as Record<string, ((this: object) => T) & { memoized?: boolean }>;
  const original = target[name];
  if (typeof original !== 'function' || original.memoized) return;
  const key = Symbol(name);
  const memoized = function (this: object): T {
    const self = this as Record<symbol, { value: T } | undefined>;
    let known = self[key];
    if (!known) self[key] = known = { value: copy(original.call(this)) };
    return copy(known.value);
  };
  target[name] = Object.assign(memoized, { memoized: true });
}
memoize(Instruction.prototype, 'getVariables', copyVariables);
memoize(Instruction.prototype, 'getArgumentsContent', same);
for (const name of ['getImageName', 'getBuildStage']) memoize(From.prototype, name, same);
for (const name of ['getImageRange', 'getImageNameRange', 'getImageTagRange', 'getImageDigestRange', 'getRegistryRange', 'getBuildStageRange']) memoize(From.prototype, name, copyRange);

export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}

/**
 * Dockerfiles are small in real life (a 2,000-line one is ~80 KB), and the Dockerfile parser slows down sharply on
 * huge inputs and very long lines, so they get tighter limits: the work per keystroke stays bounded.
 */
export const MAX_DOCKERFILE_LENGTH = 512 * 1024;
export const MAX_DOCKERFILE_LINE = 16 * 1024;

/** A Dockerfile model's one unit: the whole file. */
export interface DockerfileUnit extends DocumentUnit {
  format: 'dockerfile';
  dockerfile: Dockerfile;
}

/** What a Dockerfile feature knows about the cursor: the instruction it is in, if any. */
export interface DockerfileCursor {
  instruction?: Instruction;
}

export const DOCKERFILE_KIND = 'dockerfile';

/** The parsed Dockerfile of a model, or undefined for other kinds. */
export function dockerfileOf(model: DocumentModel): Dockerfile | undefined {
  return model.kind === DOCKERFILE_KIND && !model.skipped ? (model.units[0] as DockerfileUnit | undefined)?.dockerfile : undefined;
}

const DOCKERFILE_NAME = /^(?:(?:Docker|Container)file(?:[.-][\w.-]+)?|[\w.-]+\.(?:dockerfile|Dockerfile|containerfile))$/;

/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile`, or what the editor calls dockerfile. */
export function isDockerfilePath(path: string, languageId?: string): boolean {
  return languageId === 'dockerfile' || DOCKERFILE_NAME.test(basename(path));
}

function longestLine(text: string): number {
  let max = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    max = Math.max(max, i - start);
    start = i + 1;
  }
  return Math.max(max, text.length - start);
}

export const dockerfileKind: FileKindParser<DockerfileUnit, DockerfileCursor> = {
  kind: DOCKERFILE_KIND,
  claims: isDockerfilePath,
  parse({ text: raw }) {
    // A byte-order mark: it becomes a space (offsets are kept).
    const text = raw.charCodeAt(0) === 0xfeff ? ' ' + raw.slice(1) : raw;
    if (text.length > MAX_DOCKERFILE_LENGTH) return { units: [], skipped: 'too-large', skipLimit: MAX_DOCKERFILE_LENGTH, text };
    if (longestLine(text) > MAX_DOCKERFILE_LINE) return { units: [], skipped: 'line-too-long', skipLimit: MAX_DOCKERFILE_LINE, text };
    const unit: DockerfileUnit = { format: 'dockerfile', start: 0, end: text.length, dockerfile: parseDockerfile(text) };
    return { units: [unit], text };
  },
  cursor(model, unit, offset) {
    const pos = model.index.positionAt(offset);
    for (const ins of unit.dockerfile.getInstructions()) {
      const r = ins.getRange();
      if (r.start.line > pos.line) break;
      if (pos.line <= r.end.line) return { instruction: ins };
    }
    return {};
  },
};

/** What a Dockerfile feature gets: the file's one unit and the instruction under the cursor. */
export type DockerfileFeatureContext = FeatureContext<DockerfileUnit, DockerfileCursor>;

/** A check on a Dockerfile. */
export type DockerfileCheck = UnitCheck<DockerfileUnit>;
