// Our structural validation (server/src/service/dockerfile/validate.ts) against the one it replaced: dockerfile-utils'
// validate(), called exactly as the model called it before (the 52 codes DF100–DF114 read, the stage-name work-around
// for its exponential expression, an exception = no issue). Both run over every Dockerfile of the fixtures, the
// examples and ../shared/corpus, over generated files (random lines from a list that reaches every code) and over
// mutations of both (the fuzzer's mutators); every difference must be one of the deliberate ones listed in
// validate.ts's header. `DF_COMPARE_CASES=N` runs more cases; the counts per code are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate as utilsValidate, ValidationCode } from 'dockerfile-utils';
import { model } from '../helpers';
import { seedFiles } from '../fuzz/corpus';
import { Rng, caseSeed, mutate } from '../fuzz/mutate';
import { dockerfileOf } from '../../server/src/service/dockerfile/parse';
import { validateDockerfile, type StructuralCode } from '../../server/src/service/dockerfile/validate';
import type { DocumentModel } from '../../server/src/service/model';

const C = ValidationCode;
/** Our code (and, for unknownFlag, the instruction) → the library's. */
const LIBRARY_CODE: Record<StructuralCode, number | Record<string, number>> = {
  unknownInstruction: C.UNKNOWN_INSTRUCTION,
  instructionCasing: C.CASING_INSTRUCTION,
  directiveCasing: C.CASING_DIRECTIVE,
  argumentMissing: C.ARGUMENT_MISSING,
  argumentExtra: C.ARGUMENT_EXTRA,
  argumentUnnecessary: C.ARGUMENT_UNNECESSARY,
  argumentAtLeastOne: C.ARGUMENT_REQUIRES_AT_LEAST_ONE,
  argumentTwo: C.ARGUMENT_REQUIRES_TWO,
  argumentAtLeastTwo: C.ARGUMENT_REQUIRES_AT_LEAST_TWO,
  argumentOneOrThree: C.ARGUMENT_REQUIRES_ONE_OR_THREE,
  healthcheckCmdMissing: C.HEALTHCHECK_CMD_ARGUMENT_MISSING,
  shellRequiresOne: C.SHELL_REQUIRES_ONE,
  noSourceImage: C.NO_SOURCE_IMAGE,
  jsonSingleQuotes: C.JSON_IN_SINGLE_QUOTES,
  duplicateStageName: C.DUPLICATE_BUILD_STAGE_NAME,
  invalidStageName: C.INVALID_BUILD_STAGE_NAME,
  invalidAs: C.INVALID_AS,
  unknownFlag: { ADD: C.UNKNOWN_ADD_FLAG, COPY: C.UNKNOWN_COPY_FLAG, FROM: C.UNKNOWN_FROM_FLAG, HEALTHCHECK: C.UNKNOWN_HEALTHCHECK_FLAG },
  flagAtLeastOne: C.FLAG_AT_LEAST_ONE,
  flagDuplicate: C.FLAG_DUPLICATE,
  flagInvalidDuration: C.FLAG_INVALID_DURATION,
  flagLessThan1ms: C.FLAG_LESS_THAN_1MS,
  flagMissingDuration: C.FLAG_MISSING_DURATION,
  flagUnknownUnit: C.FLAG_UNKNOWN_UNIT,
  flagMissingValue: C.FLAG_MISSING_VALUE,
  flagInvalidFrom: C.FLAG_INVALID_FROM_VALUE,
  flagExpectedBoolean: C.FLAG_EXPECTED_BOOLEAN_VALUE,
  multipleInstructions: C.MULTIPLE_INSTRUCTIONS,
  relativeWorkdir: C.WORKDIR_IS_NOT_ABSOLUTE,
  invalidPort: C.INVALID_PORT,
  invalidProto: C.INVALID_PROTO,
  invalidReference: C.INVALID_REFERENCE_FORMAT,
  invalidSignal: C.INVALID_SIGNAL,
  invalidSyntax: C.INVALID_SYNTAX,
  invalidDestination: C.INVALID_DESTINATION,
  unknownHealthcheckType: C.UNKNOWN_TYPE,
  unsupportedModifier: C.UNSUPPORTED_MODIFIER,
  missingEquals: C.SYNTAX_MISSING_EQUALS,
  missingNames: C.SYNTAX_MISSING_NAMES,
  missingSingleQuote: C.SYNTAX_MISSING_SINGLE_QUOTE,
  missingDoubleQuote: C.SYNTAX_MISSING_DOUBLE_QUOTE,
  invalidEscape: C.INVALID_ESCAPE_DIRECTIVE,
  duplicateEscape: C.DUPLICATED_ESCAPE_DIRECTIVE,
  onbuildChaining: C.ONBUILD_CHAINING_DISALLOWED,
  onbuildTrigger: C.ONBUILD_TRIGGER_DISALLOWED,
  shellJson: C.SHELL_JSON_FORM,
  baseNameEmpty: C.BASE_NAME_EMPTY,
  emptyContinuationLine: C.EMPTY_CONTINUATION_LINE,
};
const READ = new Set(Object.values(LIBRARY_CODE).flatMap((c) => (typeof c === 'number' ? [c] : Object.values(c))));

type Issue = { code: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } };

/** As the rules see it: the code's name and the range clamped to the document. */
function key(m: DocumentModel, d: Issue): string {
  const r = m.index.range(m.index.offsetAt(d.range.start), m.index.offsetAt(d.range.end));
  return `${C[d.code]}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** What model.ts did before: dockerfile-utils' validate() with the stage-name work-around; an exception: nothing. */
function library(m: DocumentModel): { issues: Issue[]; threw?: string } {
  const dockerfile = dockerfileOf(m)!;
  let text = m.text;
  for (const from of dockerfile.getFROMs()) {
    const args = from.getArguments();
    if (args.length !== 3) continue;
    const name = args[2].getValue().toLowerCase();
    if (!/^[a-z]/.test(name) || /^[a-z][a-z0-9_.-]*$/.test(name)) continue;
    const at = m.index.offsetAt(args[2].getRange().start);
    if (text[at]?.toLowerCase() !== name[0]) continue;
    text = text.slice(0, at) + String.fromCharCode(0x4e00 + name.charCodeAt(0)) + text.slice(at + 1);
  }
  const settings = { deprecatedMaintainer: 1, directiveCasing: 1, emptyContinuationLine: 1, instructionCasing: 1, instructionCmdMultiple: 1, instructionEntrypointMultiple: 1, instructionHealthcheckMultiple: 1, instructionJSONInSingleQuotes: 1, instructionWorkdirRelative: 1 } as never;
  try {
    return { issues: (utilsValidate(text, settings) as Issue[]).filter((d) => READ.has(d.code)) };
  } catch (e) {
    return { issues: [], threw: String(e).slice(0, 80) };
  }
}

function ours(m: DocumentModel): { issues: Issue[]; threw?: string } {
  try {
    const issues = validateDockerfile(dockerfileOf(m)!, m.index).map((d) => {
      const c = LIBRARY_CODE[d.code];
      return { code: typeof c === 'number' ? c : c[d.args!.instruction], range: d.range };
    });
    return { issues };
  } catch (e) {
    return { issues: [], threw: String(e).slice(0, 80) };
  }
}

/** Why a difference is deliberate (validate.ts's header), or undefined. */
/** An EXPOSE value whose ports are not all in 1–65535, or a range that runs backwards. */
function outOfRange(value: string): boolean {
  const m = /^([0-9]+(?:-[0-9]+)?)(?::([0-9]+(?:-[0-9]*)?))?(?:\/.*)?$/.exec(value);
  if (!m) return false;
  return [m[1], m[2]].some((part) => {
    if (!part) return false;
    const [a, b] = part.split('-').map((x) => (x === undefined || x === '' ? undefined : Number(x)));
    return a! < 1 || a! > 65535 || (b !== undefined && (b < 1 || b > 65535 || b < a!));
  });
}

function deliberate(m: DocumentModel, diff: string, side: 'library' | 'ours', lib: { threw?: string }): string | undefined {
  const [code, where] = diff.split('@');
  const line = Number(where.split(':')[0]);
  const lineText = m.text.slice(m.index.lineStart(line), m.index.lineStart(line + 1));
  const ins = dockerfileOf(m)!.getInstructions().find((i) => i.getRange().start.line <= line && line <= i.getRange().end.line);
  const insText = ins ? m.text.slice(m.index.offsetAt(ins.getRange().start), m.index.offsetAt(ins.getRange().end)) : lineText;
  if (lib.threw && side === 'ours' && /Object\.prototype|is not a function|Cannot read properties/.test(lib.threw) && /\bAS\s+(constructor|__proto__|toString|valueOf|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__)\b/i.test(m.text)) {
    return 'the library threw on a stage named like an Object.prototype member';
  }
  const r = where.split('-').map((p) => p.split(':').map(Number));
  const at = (l: number, c: number) => m.index.offsetAt({ line: l, character: c });
  const start = at(r[0][0], r[0][1]);
  const text = m.text.slice(start, at(r[1][0], r[1][1]));
  const before = m.text.slice(m.index.lineStart(r[0][0]), start);
  if (code === 'INVALID_PORT' && side === 'ours' && /^\s*expose\b/i.test(insText) && !text.includes('$') && outOfRange(text.replace(/^"(.*)"$/, '$1'))) return 'EXPOSE: a port outside 1–65535 or a backwards range';
  if (code === 'INVALID_PROTO' && /^\s*expose\b/i.test(insText) && /(^|\s)"?(\S*?)\/(\w)(\w*)/.test(insText)) {
    const args = [...insText.matchAll(/(?:^|\s)"?([0-9-:]*)\/(\w+)/g)];
    if (args.some(([, port, proto]) => proto.length === 1 || port.includes(proto[0]))) return 'EXPOSE: the range of a one-letter protocol, or of one whose first character is in the port';
  }
  if (code === 'UNKNOWN_ADD_FLAG' && side === 'library' && /^--unpack\b/.test(text)) return 'ADD --unpack is a known boolean flag';
  if (/FLAG_EXPECTED_BOOLEAN_VALUE|FLAG_MISSING_VALUE|FLAG_DUPLICATE/.test(code) && side === 'ours' && (/--unpack=?$/.test(before) || /^unpack$/.test(text))) return 'ADD --unpack is a known boolean flag';
  return undefined;
}

const SNIPPETS = [
  'FROM alpine:3.20', 'FROM alpine:3.20 AS build', 'FROM build AS Build', 'FROM alpine AS 1bad', 'FROM alpine BS x', 'FROM alpine AS', 'FROM', 'FROM ${NOPE}', 'FROM ${BASE:-alpine}',
  'FROM alpine:', 'FROM alpine@', 'FROM alpine@sha256:', 'FROM alpine@xyz', 'FROM alpine:tag@sha256:abc', 'FROM alpine:@sha256:abc', 'FROM alpine:bad$tag', 'FROM --platform=$BUILDPLATFORM golang AS b',
  'FROM --platfrom=linux/amd64 alpine', 'FROM --platform alpine', 'FROM $TARGETARCH/alpine', 'ARG BASE=alpine', 'ARG', 'ARG A B', "ARG 'A=1", 'ARG "x=1', 'ARG X="unclosed',
  'RUN echo hi', 'RUN', 'RUN ["a", \'b\']', "RUN ['a', 'b']", 'RUN [ "a" ]', 'RUN --mount=type=cache,target=/x make', 'run lower', 'RUN a \\\n\n  b', 'RUN a \\\n  \n\n  b \\\n\n',
  'RUN <<EOF\n\nEOF', 'COPY <<EOF /x\n\n\nEOF', 'CMD ["node"]', 'CMD node', 'CMD', "CMD ['a']", 'ENTRYPOINT ["x"]', 'ENTRYPOINT x', 'HEALTHCHECK NONE', 'HEALTHCHECK NONE x y',
  'HEALTHCHECK CMD', 'HEALTHCHECK CMD curl x', 'HEALTHCHECK FOO', 'HEALTHCHECK', 'HEALTHCHECK --interval=5s CMD x', 'HEALTHCHECK --interval=abc CMD x', 'HEALTHCHECK --interval=5 CMD x',
  'HEALTHCHECK --interval=5x CMD x', 'HEALTHCHECK --interval=-1s CMD x', 'HEALTHCHECK --interval=0s CMD x', 'HEALTHCHECK --interval=1m30s CMD x', 'HEALTHCHECK --interval=1.5.5s CMD x',
  'HEALTHCHECK --interval=1s-2 CMD x', 'HEALTHCHECK --interval=--1s CMD x', 'HEALTHCHECK --timeout=1ns CMD x', 'HEALTHCHECK --timeout=.5µs1 CMD x', 'HEALTHCHECK --retries=0 CMD x',
  'HEALTHCHECK --retries=1.5 CMD x', 'HEALTHCHECK --retries=x CMD x', 'HEALTHCHECK --retries CMD x', 'HEALTHCHECK --interval=1s --interval=2s CMD x', 'HEALTHCHECK --intervl=1s CMD x',
  'HEALTHCHECK -- CMD x', 'HEALTHCHECK --start-interval=2s CMD x', 'LABEL a=b', 'LABEL a', 'LABEL a b', 'LABEL a=b c', 'LABEL =b', 'LABEL "a=b', "LABEL 'a=b", 'LABEL a="b', "LABEL a='b",
  'LABEL a="b\\"', 'ENV A=1', 'ENV A 1', 'ENV A', 'ENV', 'ENV A=${B:x}', 'ENV A=${B:}', 'ENV A=${B:-x}', 'ENV A=${}', 'MAINTAINER me', 'maintainer me', 'EXPOSE 80', 'EXPOSE 80/tcp 443/udp',
  'EXPOSE 80/tcpx', 'EXPOSE 80/x', 'EXPOSE 8080/8x', 'EXPOSE abc', 'EXPOSE $PORT', 'EXPOSE ${P}/tcp', 'EXPOSE', 'EXPOSE "80"', 'EXPOSE 80000', 'EXPOSE 8000-7000', 'EXPOSE 0', 'EXPOSE 80:8080',
  'EXPOSE 8000-8010/udp', 'EXPOSE 80/tcp/x', 'EXPOSE 80/', 'ADD a b', 'ADD a', 'ADD', 'ADD a b c', 'ADD a b c/', 'ADD a b $DEST', 'ADD --chown=1 a b', 'ADD --chown a b', 'ADD --link=maybe a b',
  'ADD --link= a b', 'ADD --link a b', 'ADD --keep-git-dir=true a b', 'ADD --unpack=true a.tar /x', 'ADD --unpack=maybe a b', 'ADD --chmod=1 --chmod=2 a b', 'ADD --chwon=1 a b', 'ADD -- a b',
  'ADD ["a", "b", "c"]', 'ADD ["a"]', 'ADD []', "ADD ['a', 'b']", 'COPY a b', 'COPY a', 'COPY', 'COPY a b c', 'COPY a b c/', 'COPY --from=build a b', 'COPY --from= a b', 'COPY --from=-x a b',
  'COPY --from a b', 'COPY --parents=true a b', 'COPY --parents=x a b', 'COPY --chwon=1 a b', 'COPY --link --link a b', 'COPY -- a b', 'COPY ["a", "b", "c"]', 'COPY ["a", "b", "c/"]',
  'COPY ["a", "b", "$D"]', 'COPY ["a"]', 'COPY <<EOF <<EOF2 /x\nEOF\nEOF2', 'COPY --exclude=x a b', 'VOLUME /data', 'VOLUME', "VOLUME ['a']", 'USER app', 'USER', 'WORKDIR /app',
  'WORKDIR app', 'WORKDIR $HOME/app', 'WORKDIR "app"', "WORKDIR 'app'", 'WORKDIR C:\\app', 'WORKDIR c:/x', 'WORKDIR', 'ONBUILD RUN x', 'ONBUILD FROM x', 'ONBUILD ONBUILD RUN x',
  'ONBUILD MAINTAINER x', 'ONBUILD', 'ONBUILD COPY a', 'ONBUILD FOO', 'ONBUILD run x', 'STOPSIGNAL SIGTERM', 'STOPSIGNAL 9', 'STOPSIGNAL FOO', 'STOPSIGNAL', 'STOPSIGNAL a b',
  'STOPSIGNAL $SIG', 'STOPSIGNAL ${SIG}x', 'SHELL ["bash", "-c"]', 'SHELL bash', 'SHELL []', 'SHELL [ ]', 'SHELL ["bash", -c]', 'SHELL', 'RUNN x', 'COPPY a b', 'foo', 'cmd x', 'Cmd ["x"]',
  '# escape=`', '# escape=x', '# ESCAPE=`', '# escape=\\', '# syntax=docker/dockerfile:1', '# dockerfile-utils: ignore', '# comment', '', '  ', '\\', 'RUN a \\', 'ENV A=1 \\\n  B=2 \\\n\n  C',
  'FROM alpine AS 0', 'FROM alpine AS 10', 'FROM alpine AS 0',
];

function generated(rng: Rng): string {
  const lines: string[] = [];
  const n = rng.range(1, 14);
  if (rng.chance(0.3)) lines.push(rng.pick(['# escape=`', '# escape=x', '# ESCAPE=\\', '# syntax=docker/dockerfile:1']));
  if (rng.chance(0.8)) lines.push(rng.pick(['FROM alpine:3.20', 'FROM golang AS build', 'ARG BASE=alpine\nFROM $BASE AS app']));
  for (let i = 0; i < n; i++) lines.push(rng.pick(SNIPPETS));
  return lines.join(rng.chance(0.1) ? '\r\n' : '\n') + (rng.chance(0.8) ? '\n' : '');
}

test('structural validation: ours and dockerfile-utils agree, but for the deliberate differences', () => {
  const seeds = seedFiles().filter((f) => f.kind === 'dockerfile');
  const inputs: { name: string; text: string }[] = seeds.map((f) => ({ name: f.rel, text: f.text }));
  const rng = new Rng(20261207);
  const cases = Number(process.env.DF_COMPARE_CASES ?? 2500);
  for (let n = 0; n < cases; n++) {
    const r = new Rng(caseSeed(4242, n));
    if (n === 0) inputs.push({ name: 'a stage named constructor', text: 'FROM alpine AS constructor\nFROM alpine AS constructor\nRUNN x\n' });
    else if (n % 2 === 0) inputs.push({ name: `generated #${n}`, text: generated(r) });
    else {
      const base = n % 4 === 1 ? rng.pick(seeds).text : generated(r);
      inputs.push({ name: `mutated #${n}`, text: mutate(base, r).text });
    }
  }
  const same = new Map<string, number>();
  const explained = new Map<string, number>();
  const unexplained: string[] = [];
  let compared = 0;
  for (const input of inputs) {
    const m = model('Dockerfile', input.text);
    if (!dockerfileOf(m)) continue; // over the size limits: never validated
    compared++;
    const lib = library(m);
    const our = ours(m);
    const a = lib.issues.map((d) => key(m, d));
    const b = our.issues.map((d) => key(m, d));
    const rest = [...b];
    const onlyLibrary: string[] = [];
    for (const k of a) {
      const i = rest.indexOf(k);
      if (i >= 0) {
        rest.splice(i, 1);
        const code = k.split('@')[0];
        same.set(code, (same.get(code) ?? 0) + 1);
      } else onlyLibrary.push(k);
    }
    // Same issues: in the same order too (a rule reports them in this order).
    if (!onlyLibrary.length && !rest.length && a.join() !== b.join()) unexplained.push(`${input.name}: same issues in another order\n${a.join(' ')}\n${b.join(' ')}`);
    for (const [side, list] of [['library', onlyLibrary], ['ours', rest]] as const) {
      for (const k of list) {
        const why = deliberate(m, k, side, lib);
        if (why) explained.set(`${k.split('@')[0]} (${side} only): ${why}`, (explained.get(`${k.split('@')[0]} (${side} only): ${why}`) ?? 0) + 1);
        else unexplained.push(`${input.name}: ${side} only ${k}${lib.threw ? ` (library threw ${lib.threw})` : ''}${our.threw ? ` (ours threw ${our.threw})` : ''}\n${JSON.stringify(input.text.slice(0, 400))}`);
      }
    }
  }
  const codes = [...same].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`compared ${compared} inputs (${seeds.length} files, ${inputs.length - seeds.length} generated or mutated)\nagreeing issues per code: ${codes}\ndeliberate differences:\n${[...explained].map(([k, n]) => `  ${n} × ${k}`).join('\n') || '  none'}`);
  assert.deepEqual(unexplained.slice(0, 15), [], `${unexplained.length} unexplained differences`);
});
