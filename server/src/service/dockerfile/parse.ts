// Parsing Dockerfiles with dockerfile-ast, once per document version, and sharing that parse with dockerfile-utils.
//
// Two things make the library pair slow on long Dockerfiles (a 2,000-line one: ≈ 180 ms before, ≈ 90 ms after):
// - `Instruction.getRawArguments()` scans the instruction's text and converts offsets on every call, and both our
//   checks and dockerfile-utils' validator call it (through `getArguments()`) many times per instruction, some of
//   them once per variable per instruction. An instruction never changes after parsing, so its raw arguments are
//   computed once per instruction and handed out as new objects each time: callers shift flags off the array and
//   move the start and end of the ranges they get (From.getImageNameRange does), so nothing of it may be shared.
// - Every `$VAR` an instruction lists is resolved on the spot (`Dockerfile.resolveVariable`), which walks every FROM
//   and the ARG/ENV instructions before it: quadratic in the file. Its answer (a string, or none) depends only on
//   the name and the line, so it is kept per parsed file.
// - dockerfile-utils' `validate()` parses the text again. While it runs, the parser returns our parse for our text.
import { Argument, DockerfileParser, Instruction, type Dockerfile } from 'dockerfile-ast';

/** An argument as plain numbers: value, start line, start character, end line, end character. */
type Frozen = [string, number, number, number, number];
// (getRawArguments is private in the library's typings; getArguments and getVariables call it.)
const proto = Instruction.prototype as unknown as { getRawArguments: ((this: Instruction) => Argument[]) & { memoized?: boolean } };
const rawArguments = new WeakMap<Instruction, Frozen[]>();
const original = proto.getRawArguments;
if (!original.memoized) {
  const memoized = function getRawArguments(this: Instruction): Argument[] {
    let frozen = rawArguments.get(this);
    if (!frozen) {
      frozen = original.call(this).map((a): Frozen => {
        const { start, end } = a.getRange();
        return [a.getValue(), start.line, start.character, end.line, end.character];
      });
      rawArguments.set(this, frozen);
    }
    return frozen.map(([value, sl, sc, el, ec]) => new Argument(value, { start: { line: sl, character: sc }, end: { line: el, character: ec } }));
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

export function parseDockerfile(text: string): Dockerfile {
  return DockerfileParser.parse(text);
}

/** Run `fn` (a dockerfile-utils call) with the parser answering `text` with `parsed` instead of parsing it again. */
export function withParse<T>(text: string, parsed: Dockerfile, fn: () => T): T {
  const parse = DockerfileParser.parse;
  DockerfileParser.parse = (content: string) => (content === text ? parsed : parse(content));
  try {
    return fn();
  } finally {
    DockerfileParser.parse = parse;
  }
}
