// The structural checks behind DF100–DF114 (DF102's single quotes): what Docker's parser rejects or warns about,
// computed over our one dockerfile-ast parse in one pass, linear in the file.
//
// It reproduces dockerfile-utils 0.16.3's validator, which the rules read before (test/unit/dockerfileValidate.test.ts
// runs both over the corpus, the fixtures and mutated inputs and lists every difference), except where that was wrong:
// - stage names are checked with a linear expression (the library's /^[a-z]([a-z0-9_\-.]*)*$/ backtracks
//   exponentially on a name it rejects);
// - a stage named like an Object.prototype member (`AS constructor`) made the library throw: no structural issue at
//   all for that file;
// - `EXPOSE 80/x` (a one-letter protocol): the library's range ran to the end of the file; the protocol's start was the
//   first occurrence of its first character in the argument (`8080/8x` marked the port);
// - EXPOSE: ports outside 1–65535 and backwards ranges (`80000`, `8000-7000`) are invalid ports (not when written
//   with a variable);
// - `ADD --unpack` (Dockerfile 1.17) is a known boolean flag.
// Issues carry their own codes; a message's words come from the rules' data, never from here.
import { Add, Cmd, Copy, Entrypoint, Healthcheck, Onbuild, PropertyInstruction, Run, From } from 'dockerfile-ast';
import type { Dockerfile, Instruction, Flag, Property, Argument, JSONInstruction, Heredoc, Variable } from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../text';

export type StructuralCode =
  // DF100, DF113
  | 'unknownInstruction'
  | 'instructionCasing'
  | 'directiveCasing'
  // DF101
  | 'argumentMissing'
  | 'argumentExtra'
  | 'argumentUnnecessary'
  | 'argumentAtLeastOne'
  | 'argumentTwo'
  | 'argumentAtLeastTwo'
  | 'argumentOneOrThree'
  | 'healthcheckCmdMissing'
  | 'shellRequiresOne'
  | 'noSourceImage'
  // DF102
  | 'jsonSingleQuotes'
  // DF103, DF104
  | 'duplicateStageName'
  | 'invalidStageName'
  | 'invalidAs'
  // DF105 (args.instruction: ADD, COPY, FROM or HEALTHCHECK)
  | 'unknownFlag'
  // DF106
  | 'flagAtLeastOne'
  | 'flagDuplicate'
  | 'flagInvalidDuration'
  | 'flagLessThan1ms'
  | 'flagMissingDuration'
  | 'flagUnknownUnit'
  | 'flagMissingValue'
  | 'flagInvalidFrom'
  | 'flagExpectedBoolean'
  // DF109, DF110
  | 'multipleInstructions'
  | 'relativeWorkdir'
  // DF112
  | 'invalidPort'
  | 'invalidProto'
  | 'invalidReference'
  | 'invalidSignal'
  | 'invalidSyntax'
  | 'invalidDestination'
  | 'unknownHealthcheckType'
  | 'unsupportedModifier'
  | 'missingEquals'
  | 'missingNames'
  | 'missingSingleQuote'
  | 'missingDoubleQuote'
  | 'invalidEscape'
  | 'duplicateEscape'
  | 'onbuildChaining'
  | 'onbuildTrigger'
  | 'shellJson'
  | 'baseNameEmpty'
  // DF114
  | 'emptyContinuationLine';

export interface StructuralIssue {
  code: StructuralCode;
  /** As the parser gives it: may end past the document (the rules clamp it). */
  range: Range;
  /** What the issue names besides its text: `instruction` for unknownFlag and multipleInstructions. */
  args?: Record<string, string>;
}

interface Pending extends StructuralIssue {
  /** The instruction's line (a `# dockerfile-utils: ignore` comment above it silences the issue); null: never silenced. */
  line: number | null;
}

const KEYWORDS = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
/** BuildKit's automatic platform ARGs, as the library lists them (`BUILDVARIAN` sic: `BUILDVARIANT` unset is reported). */
const PREDEFINED = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIAN']);
const HEALTHCHECK_FLAGS = ['interval', 'retries', 'start-period', 'timeout', 'start-interval'];
const DURATION_FLAGS = ['interval', 'start-period', 'timeout', 'start-interval'];
const TAG = /^[\w][\w.-]{0,127}$/;
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;
// Each repeated group starts with its own literal: no backtracking.
const EXPOSE_PORT = /^([0-9])+(-[0-9]+)?(:([0-9])+(-[0-9]*)?)?(\/(\w*))?(\/\w*)*$/;
const WORKDIR_ABSOLUTE = /^(\$|([a-zA-Z](\$|:(\$|\\|\/)))).*$/;
const COPY_FROM = /^[a-zA-Z0-9].*$/;

type Make = (start: Position, end: Position) => void;

/** Every structural issue of a parsed Dockerfile, in the order the library listed them. */
export function validateDockerfile(dockerfile: Dockerfile, index: LineIndex): StructuralIssue[] {
  const text = index.text;
  const problems: Pending[] = [];
  const push = (code: StructuralCode, line: number | null, start: Position, end: Position, args?: Record<string, string>) => {
    problems.push(args ? { code, line, range: { start, end }, args } : { code, line, range: { start, end } });
  };
  // Offsets as a TextDocument computes them (a character past the end of its line reaches into the line break).
  const offsetAt = (p: Position): number => {
    if (p.line >= index.lineCount) return text.length;
    if (p.line < 0) return 0;
    const start = index.lineStart(p.line);
    const next = p.line + 1 < index.lineCount ? index.lineStart(p.line + 1) : text.length;
    return Math.max(Math.min(start + p.character, next), start);
  };
  const textOf = (r: Range) => text.substring(offsetAt(r.start), offsetAt(r.end));
  const positionAt = (offset: number): Position => {
    offset = Math.max(Math.min(offset, text.length), 0);
    const p = index.positionAt(offset);
    return { line: p.line, character: offset - index.lineStart(p.line) };
  };

  // ---- directives ----
  const directives = dockerfile.getDirectives();
  const escapes = directives.filter((d) => d.getDirective() === 'escape');
  if (escapes.length > 1) {
    for (let i = 1; i < escapes.length; i++) push('duplicateEscape', null, escapes[i].getNameRange().start, escapes[i].getValueRange().end);
  } else {
    for (const d of directives) {
      if (d.getDirective() !== 'escape') continue;
      const value = d.getValue();
      if (value !== '\\' && value !== '`' && value !== '') {
        const r = d.getValueRange();
        push('invalidEscape', null, r.start, r.end);
      }
      if (d.getName() !== 'escape') {
        const r = d.getNameRange();
        push('directiveCasing', null, r.start, r.end);
      }
    }
  }

  const instructions = dockerfile.getInstructions();
  if (instructions.length === 0 || dockerfile.getARGs().length === instructions.length) push('noSourceImage', null, positionAt(0), positionAt(0));

  // ---- CMD, ENTRYPOINT, HEALTHCHECK more than once per stage (all but the last) ----
  let cmds: Instruction[] = [];
  let entrypoints: Instruction[] = [];
  let healthchecks: Instruction[] = [];
  const duplicates = (keyword: string, list: Instruction[]) => {
    for (let i = 0; i < list.length - 1; i++) {
      const r = list[i].getInstructionRange();
      push('multipleInstructions', r.start.line, r.start, r.end, { instruction: keyword });
    }
  };
  const flush = () => {
    duplicates('CMD', cmds);
    duplicates('ENTRYPOINT', entrypoints);
    duplicates('HEALTHCHECK', healthchecks);
    cmds = [];
    entrypoints = [];
    healthchecks = [];
  };
  for (const ins of instructions) {
    if (ins instanceof Cmd) cmds.push(ins);
    else if (ins instanceof Entrypoint) entrypoints.push(ins);
    else if (ins instanceof Healthcheck) healthchecks.push(ins);
    else if (ins instanceof From) flush();
  }
  flush();

  // ---- stage names used twice (case-insensitive): every FROM that uses it ----
  const froms = instructions.filter((i): i is From => i instanceof From);
  const byName = new Map<string, From[]>();
  for (const from of froms) {
    const name = from.getBuildStage()?.toLowerCase();
    if (name === undefined) continue;
    const list = byName.get(name);
    if (list) list.push(from);
    else byName.set(name, [from]);
  }
  // (The library kept them in an object: names that are array indices come first, in numeric order.)
  const isIndex = (k: string) => /^(?:0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;
  const names = [...byName.keys()];
  const ordered = [...names.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...names.filter((k) => !isIndex(k))];
  for (const name of ordered) {
    const list = byName.get(name)!;
    if (list.length < 2) continue;
    for (const from of list) {
      const r = from.getBuildStageRange()!;
      push('duplicateStageName', from.getInstructionRange().start.line, r.start, r.end);
    }
  }

  // ---- per instruction ----
  const escapeChar = dockerfile.getEscapeCharacter();

  /** An instruction's argument count and, when it is right, each argument through `check`. */
  const checkArguments = (ins: Instruction, expected: number[], check?: (index: number, value: string, range: Range) => Make | null | void, incomplete?: StructuralCode) => {
    const list: Argument[] = ins instanceof PropertyInstruction ? ins.getPropertyArguments() : ins.getArguments();
    const line = ins.getInstructionRange().start.line;
    if (list.length === 0) {
      if (ins.getKeyword() !== 'RUN') {
        const r = ins.getInstructionRange();
        push('argumentMissing', r.start.line, r.start, r.end);
      }
      return;
    }
    if (expected[0] === -1) return;
    if (expected.includes(list.length)) {
      list.forEach((a, j) => {
        const range = a.getRange();
        const make = check?.(j, a.getValue(), range);
        if (make) make(range.start, range.end);
      });
      return;
    }
    const r = list[list.length - 1].getRange();
    push(incomplete ?? 'argumentExtra', line, r.start, r.end);
  };

  const checkFlagValue = (line: number, flags: Flag[], names: string[]) => {
    for (const f of flags) {
      if (f.getValue() === null && names.includes(f.getName())) {
        const r = f.getNameRange();
        push('flagMissingValue', line, r.start, r.end);
      }
    }
  };

  const checkFlagBoolean = (line: number, f: Flag) => {
    const value = f.getValue();
    if (value === '') {
      const r = f.getNameRange();
      push('flagMissingValue', line, r.start, r.end);
    } else if (value !== null) {
      const lower = value.toLowerCase();
      if (lower !== 'true' && lower !== 'false') {
        const r = f.getValueRange()!;
        push('flagExpectedBoolean', line, r.start, r.end);
      }
    }
  };

  const checkDuplicateFlags = (line: number, flags: Flag[], names: string[]) => {
    const flagNames = flags.map((f) => f.getName());
    for (const name of names) {
      const first = flagNames.indexOf(name);
      const last = flagNames.lastIndexOf(name);
      if (first === last) continue;
      let r = flags[first].getNameRange();
      push('flagDuplicate', line, r.start, r.end);
      r = flags[last].getNameRange();
      push('flagDuplicate', line, r.start, r.end);
    }
  };

  const checkFlagDuration = (line: number, flags: Flag[]) => {
    for (const f of flags) {
      if (!DURATION_FLAGS.includes(f.getName())) continue;
      const value = f.getValue();
      if (value === null || value.length === 0) continue;
      const issue = durationIssue(value);
      if (!issue) continue;
      const r = issue === 'flagLessThan1ms' ? f.getNameRange() : f.getValueRange()!;
      push(issue, line, r.start, r.end);
    }
  };

  const unknownFlag = (keyword: string, line: number, f: Flag) => {
    const r = f.getRange();
    push('unknownFlag', line, r.start, f.getName() === '' ? r.end : f.getNameRange().end, { instruction: keyword });
  };

  const checkJSONQuotes = (ins: Instruction) => {
    const content = ins.getArgumentsContent();
    if (content === null) return;
    const list = ins.getArguments();
    if ((list.length === 1 && list[0].getValue() === '[]') || (list.length === 2 && list[0].getValue() === '[' && list[1].getValue() === ']')) return;
    if (singleQuotedJson(content)) {
      const r = ins.getArgumentsRange()!;
      push('jsonSingleQuotes', ins.getInstructionRange().start.line, r.start, r.end);
    }
  };

  const checkJSON = (ins: JSONInstruction) => {
    if (ins.getArgumentsContent() === null) return;
    const range = ins.getArgumentsRange()!;
    const line = ins.getInstructionRange().start.line;
    const list = ins.getArguments();
    if ((list.length === 1 && list[0].getValue() === '[]') || (list.length === 2 && list[0].getValue() === '[' && list[1].getValue() === ']')) {
      push('shellRequiresOne', line, range.start, range.end);
      return;
    }
    const closing = ins.getClosingBracket();
    if (closing) {
      const inner = text.substring(offsetAt(ins.getOpeningBracket()!.getRange().end), offsetAt(closing.getRange().start)).trim();
      if (inner.charAt(inner.length - 1) !== '"') push('shellJson', line, range.start, range.end);
    } else {
      push('shellJson', line, range.start, range.end);
    }
  };

  const checkProperty = (line: number, property: Property, first: boolean, optionalValue: boolean) => {
    const name = property.getName();
    if (name === '') {
      const r = property.getRange();
      push('missingNames', line, r.start, r.end);
      return;
    }
    if (name.includes('=')) {
      const nameRange = property.getNameRange();
      const unescaped = textOf(nameRange);
      const at = unescaped.indexOf('=');
      const end = positionAt(offsetAt(nameRange.start) + at);
      if (unescaped.charAt(0) === "'") push('missingSingleQuote', line, nameRange.start, end);
      else if (unescaped.charAt(0) === '"') push('missingDoubleQuote', line, nameRange.start, end);
      return;
    }
    const value = property.getValue();
    if (value === null) {
      if (!optionalValue) {
        const r = property.getNameRange();
        push(first ? 'argumentTwo' : 'missingEquals', line, r.start, r.end);
      }
    } else if (value.charAt(0) === '"') {
      let found = false;
      for (let i = 1; i < value.length; i++) {
        const c = value.charAt(i);
        if (c === escapeChar) i++;
        else if (c === '"' && i === value.length - 1) found = true;
      }
      if (!found) {
        const r = property.getValueRange()!;
        push('missingDoubleQuote', line, r.start, r.end);
      }
    } else if (value.charAt(0) === "'" && value.charAt(value.length - 1) !== "'") {
      const r = property.getValueRange()!;
      push('missingSingleQuote', line, r.start, r.end);
    }
  };

  const checkDestination = (ins: Add | Copy) => {
    const line = ins.getInstructionRange().start.line;
    if (ins.getClosingBracket()) {
      const strings = ins.getJSONStrings();
      if (strings.length === 0) {
        const r = ins.getArgumentsRange()!;
        push('argumentAtLeastTwo', line, r.start, r.end);
      } else if (strings.length === 1) {
        const r = strings[0].getJSONRange();
        push('argumentAtLeastTwo', line, r.start, r.end);
      } else if (strings.length > 2) {
        const last = strings[strings.length - 1];
        if (endsAtLastVariable(last.getRange().end, ins)) return;
        const destination = last.getValue();
        const c = destination.charAt(destination.length - 2);
        if (c !== '\\' && c !== '/') {
          const r = last.getJSONRange();
          push('invalidDestination', line, r.start, r.end);
        }
      }
      return;
    }
    const list = ins.getArguments();
    if (list.length === 1) {
      const r = list[0].getRange();
      push('argumentAtLeastTwo', line, r.start, r.end);
    } else if (list.length === 0) {
      const r = ins.getInstructionRange();
      push('argumentAtLeastTwo', line, r.start, r.end);
    } else if (list.length > 2) {
      const heredocs = list.some((a) => a.getValue().startsWith('<<'));
      let last: Argument | null = list[list.length - 1];
      if (heredocs) {
        const first = list[0].getRange().start.line;
        last = null;
        for (let i = 1; i < list.length; i++) {
          if (list[i].getRange().start.line !== first) break;
          last = list[i];
        }
      }
      if (last === null) {
        const r = ins.getInstructionRange();
        push('argumentAtLeastTwo', line, r.start, r.end);
        return;
      }
      if (heredocs) return;
      if (endsAtLastVariable(last.getRange().end, ins)) return;
      const destination = last.getValue();
      const c = destination.charAt(destination.length - 1);
      if (c !== '\\' && c !== '/') {
        const r = last.getRange();
        push('invalidDestination', line, r.start, r.end);
      }
    }
  };

  /** The destination ends with a variable (`COPY a b $DEST`): it may well be a directory. */
  const endsAtLastVariable = (end: Position, ins: Instruction): boolean => {
    const variables = ins.getVariables();
    if (variables.length === 0) return false;
    const argEnd = offsetAt(end);
    const varEnd = offsetAt(variables[variables.length - 1].getRange().end);
    return argEnd === varEnd || argEnd - 1 === varEnd;
  };

  const checkFrom = (ins: From) => {
    const range = ins.getInstructionRange();
    const line = range.start.line;
    const flags = ins.getFlags();
    for (const f of flags) if (f.getName() !== 'platform') unknownFlag('FROM', line, f);
    checkFlagValue(line, flags, ['platform']);
    const fixed = (code: StructuralCode, r: Range): Make => () => push(code, line, r.start, r.end);
    checkArguments(
      ins,
      [1, 3],
      (index, value, argRange) => {
        if (index === 0) {
          const variables = ins.getVariables();
          if (variables.length > 0) {
            const v = variables[0];
            const vr = v.getRange();
            if (sameRange(vr, argRange) && !v.isDefined()) {
              if (PREDEFINED.has(v.getName())) return null;
              if (v.getModifier() === '-') {
                const parameter = v.getSubstitutionParameter();
                if (parameter !== '' && parameter !== null) return null;
              }
              return fixed('baseNameEmpty', vr);
            }
            return null;
          }
          const digestRange = ins.getImageDigestRange();
          const tagRange = ins.getImageTagRange();
          if (digestRange === null) {
            if (tagRange === null) return null;
            const tag = textOf(tagRange);
            if (tag === '') return fixed('invalidReference', argRange);
            return TAG.test(tag) ? null : fixed('invalidReference', tagRange);
          }
          if (tagRange !== null && sameRange({ start: tagRange.start, end: tagRange.start }, tagRange)) return fixed('invalidReference', argRange);
          const digest = textOf(digestRange);
          const colon = digest.indexOf(':');
          if (colon === -1) return fixed('invalidReference', digest === '' ? argRange : digestRange);
          if (!/[A-Fa-f0-9_+.-]/.test(digest.substring(0, colon))) return fixed('invalidReference', digestRange);
          return /[A-Fa-f0-9]/.test(digest.substring(colon + 1)) ? null : fixed('invalidReference', digestRange);
        }
        if (index === 1) return value.toUpperCase() === 'AS' ? null : fixed('invalidAs', argRange);
        if (index === 2) return STAGE_NAME.test(value.toLowerCase()) ? null : fixed('invalidStageName', argRange);
        return null;
      },
      'argumentOneOrThree',
    );
  };

  const checkHealthcheck = (ins: Instruction) => {
    const list = ins.getArguments();
    const range = ins.getInstructionRange();
    const line = range.start.line;
    const flags = (ins as Healthcheck).getFlags();
    if (list.length === 0) {
      push('argumentAtLeastOne', line, range.start, range.end);
    } else {
      const type = list[0].getValue().toUpperCase();
      if (type === 'NONE') {
        if (list.length > 1) push('argumentUnnecessary', line, list[1].getRange().start, list[list.length - 1].getRange().end);
        return;
      }
      if (type === 'CMD') {
        if (list.length === 1) {
          const r = list[0].getRange();
          push('healthcheckCmdMissing', line, r.start, r.end);
        }
      } else {
        const r = list[0].getRange();
        push('unknownHealthcheckType', line, r.start, r.end);
      }
    }
    for (const f of flags) {
      const name = f.getName();
      if (!HEALTHCHECK_FLAGS.includes(name)) {
        unknownFlag('HEALTHCHECK', line, f);
      } else if (name === 'retries') {
        const value = f.getValue();
        if (value) {
          const r = f.getValueRange()!;
          const integer = parseInt(value);
          if (isNaN(integer) || value.includes('.')) push('invalidSyntax', line, r.start, r.end);
          else if (integer < 1) push('flagAtLeastOne', line, r.start, r.end);
        }
      }
    }
    checkFlagValue(line, flags, HEALTHCHECK_FLAGS);
    checkFlagDuration(line, flags);
    checkDuplicateFlags(line, flags, HEALTHCHECK_FLAGS);
  };

  const checkStopsignal = (ins: Instruction) => {
    const line = ins.getInstructionRange().start.line;
    checkArguments(ins, [1], (_i, value, r) => {
      if (value.indexOf('SIG') === 0 || value.includes('$')) return null;
      for (let i = 0; i < value.length; i++) {
        const c = value.charAt(i);
        if ('0' > c || '9' < c) return () => push('invalidSignal', line, r.start, r.end);
      }
      return null;
    });
    const expanded = ins.getExpandedArguments();
    if (expanded.length !== 1) return;
    const value = expanded[0].getValue();
    const variables = ins.getVariables();
    const r = expanded[0].getRange();
    if (variables.length === 0) {
      if (value.includes('$')) push('invalidSignal', line, r.start, r.end);
      return;
    }
    for (const v of variables) {
      const written = textOf(v.getRange());
      if (value.includes(written) && !v.isBuildVariable() && !v.isDefined()) {
        push('invalidSignal', line, r.start, r.end);
        break;
      }
    }
  };

  const checkExpose = (ins: Instruction) => {
    const expanded = ins.getExpandedArguments();
    const range = ins.getInstructionRange();
    const line = range.start.line;
    if (expanded.length === 0) {
      push('argumentMissing', line, range.start, range.end);
      return;
    }
    for (const arg of expanded) {
      let value = arg.getValue();
      if (value.charAt(0) === '"' && value.charAt(value.length - 1) === '"') value = value.substring(1, value.length - 1);
      const r = arg.getRange();
      const match = EXPOSE_PORT.exec(value);
      if (!match) {
        if (value.charAt(0) === '$') continue;
        push('invalidPort', line, r.start, r.end);
        continue;
      }
      const argStart = offsetAt(r.start);
      const raw = text.substring(argStart, offsetAt(r.end));
      if (!raw.includes('$') && !portsInRange(value)) {
        push('invalidPort', line, r.start, r.end);
        continue;
      }
      const proto = match[7];
      if (!proto) continue;
      const lower = proto.toLowerCase();
      if (lower === 'tcp' || lower === 'udp' || lower === 'sctp') continue;
      const start = argStart + raw.indexOf(proto.charAt(0), raw.indexOf('/') + 1);
      const end = lower.length === 1 ? start + 1 : argStart + raw.length;
      push('invalidProto', line, positionAt(start), positionAt(end));
    }
  };

  const checkAdd = (ins: Add) => {
    const line = ins.getInstructionRange().start.line;
    const flags = ins.getFlags();
    for (const f of flags) {
      const name = f.getName();
      if (name === '') unknownFlag('ADD', line, f);
      else if (name === 'link' || name === 'keep-git-dir' || name === 'unpack') checkFlagBoolean(line, f);
      else if (name !== 'chmod' && name !== 'chown' && name !== 'checksum' && name !== 'exclude') unknownFlag('ADD', line, f);
    }
    checkDestination(ins);
    checkFlagValue(line, flags, ['chmod', 'chown', 'checksum', 'exclude']);
    checkDuplicateFlags(line, flags, ['chmod', 'chown', 'checksum', 'keep-git-dir', 'link', 'unpack']);
    checkJSONQuotes(ins);
  };

  const checkCopy = (ins: Copy) => {
    const line = ins.getInstructionRange().start.line;
    const flags = ins.getFlags();
    if (flags.length > 0) {
      for (const f of flags) {
        const name = f.getName();
        if (name === '') unknownFlag('COPY', line, f);
        else if (name === 'link' || name === 'parents') checkFlagBoolean(line, f);
        else if (name !== 'chmod' && name !== 'chown' && name !== 'from' && name !== 'exclude') unknownFlag('COPY', line, f);
      }
      const from = ins.getFromFlag();
      const value = from?.getValue();
      if (from && value !== null && value !== undefined && !COPY_FROM.test(value)) {
        const r = value === '' ? from.getRange() : from.getValueRange()!;
        push('flagInvalidFrom', line, r.start, r.end);
      }
    }
    checkDestination(ins);
    checkFlagValue(line, flags, ['chmod', 'chown', 'from', 'exclude']);
    checkDuplicateFlags(line, flags, ['chmod', 'chown', 'from', 'link', 'parents']);
    checkJSONQuotes(ins);
  };

  const checkWorkdir = (ins: Instruction) => {
    checkArguments(ins, [-1]);
    let content = ins.getArgumentsContent();
    if (!content) return;
    const first = content.substring(0, 1);
    const last = content.substring(content.length - 1);
    if ((first === "'" && last === "'") || (first === '"' && last === '"')) content = content.substring(1, content.length - 1);
    if (!content.startsWith('/') && !WORKDIR_ABSOLUTE.test(content)) {
      const r = ins.getArgumentsRange()!;
      push('relativeWorkdir', ins.getInstructionRange().start.line, r.start, r.end);
    }
  };

  /** Empty lines inside an instruction that spans several lines (heredoc bodies excepted). */
  const checkContinuation = (ins: Instruction) => {
    const full = ins.getRange();
    if (full.start.line === full.end.line) return;
    const skipped: number[] = [];
    if (ins instanceof Copy || ins instanceof Run) {
      for (const h of (ins as unknown as { getHeredocs(): Heredoc[] }).getHeredocs()) {
        const r = h.getContentRange();
        if (r) for (let i = r.start.line; i <= r.end.line; i++) skipped.push(i);
      }
    }
    const endLine = full.end.line;
    let skip = 0;
    let start = -1;
    for (let i = full.start.line; i <= endLine; i++) {
      if (i === skipped[skip]) {
        skip++;
        continue;
      }
      const from = offsetAt({ line: i, character: 0 });
      const to = offsetAt({ line: i + 1, character: 0 });
      if (isBlank(text, from, to)) {
        if (start === -1) start = i;
      } else if (start !== -1) {
        push('emptyContinuationLine', null, { line: start, character: 0 }, { line: i, character: 0 });
        start = -1;
      }
    }
    if (start !== -1) push('emptyContinuationLine', null, { line: start, character: 0 }, { line: endLine + 1, character: 0 });
  };

  const validateInstruction = (ins: Instruction, keyword: string, isTrigger: boolean) => {
    const range = ins.getInstructionRange();
    if (!KEYWORDS.has(keyword)) {
      push('unknownInstruction', range.start.line, range.start, range.end);
      return;
    }
    if (keyword !== ins.getInstruction()) push('instructionCasing', range.start.line, range.start, range.end);
    if (!isTrigger) checkContinuation(ins);
    switch (keyword) {
      case 'CMD':
        checkJSONQuotes(ins);
        break;
      case 'ENTRYPOINT':
      case 'RUN':
      case 'VOLUME':
        checkArguments(ins, [-1]);
        checkJSONQuotes(ins);
        break;
      case 'ARG': {
        checkArguments(ins, [-1]);
        const property = (ins as unknown as { getProperty(): Property | null }).getProperty();
        if (property) checkProperty(ins.getRange().start.line, property, true, true);
        break;
      }
      case 'ENV':
      case 'LABEL': {
        checkArguments(ins, [-1]);
        const properties = (ins as PropertyInstruction).getProperties();
        const line = ins.getRange().start.line;
        if (properties.length === 1) checkProperty(line, properties[0], true, false);
        else for (const p of properties) checkProperty(line, p, false, false);
        break;
      }
      case 'FROM':
        checkFrom(ins as From);
        break;
      case 'HEALTHCHECK':
        checkHealthcheck(ins);
        break;
      case 'ONBUILD': {
        checkArguments(ins, [-1]);
        const onbuild = ins as Onbuild;
        const trigger = onbuild.getTrigger();
        const line = onbuild.getInstructionRange().start.line;
        if (trigger === 'FROM' || trigger === 'MAINTAINER') {
          const r = onbuild.getTriggerRange()!;
          push('onbuildTrigger', line, r.start, r.end);
        } else if (trigger === 'ONBUILD') {
          const r = onbuild.getTriggerRange()!;
          push('onbuildChaining', line, r.start, r.end);
        }
        break;
      }
      case 'SHELL':
        checkArguments(ins, [-1]);
        checkJSON(ins as JSONInstruction);
        break;
      case 'STOPSIGNAL':
        checkStopsignal(ins);
        break;
      case 'EXPOSE':
        checkExpose(ins);
        break;
      case 'ADD':
        checkAdd(ins as Add);
        break;
      case 'COPY':
        checkCopy(ins as Copy);
        break;
      case 'WORKDIR':
        checkWorkdir(ins);
        break;
      default:
        checkArguments(ins, [-1]);
    }
  };

  const checkVariables = (ins: Instruction, keyword: string) => {
    if (keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'RUN') return;
    for (const v of ins.getVariables()) {
      const modifier = v.getModifier();
      if (modifier === null) continue;
      const line = ins.getRange().start.line;
      if (modifier === '') {
        const r = v.getRange();
        push('unsupportedModifier', line, r.start, r.end);
      } else if (modifier !== '+' && modifier !== '-' && modifier !== '?') {
        const r = (v as Variable).getModifierRange()!;
        push('unsupportedModifier', line, r.start, r.end);
      }
    }
  };

  let hasFrom = false;
  for (const ins of instructions) {
    const keyword = ins.getKeyword();
    if (keyword === 'FROM') {
      hasFrom = true;
    } else if (!hasFrom && keyword !== 'ARG') {
      const r = ins.getInstructionRange();
      push('noSourceImage', null, r.start, r.end);
      hasFrom = true;
    }
    validateInstruction(ins, keyword, false);
    checkVariables(ins, keyword);
  }
  for (const ins of instructions) {
    if (!(ins instanceof Onbuild)) continue;
    const trigger = ins.getTriggerInstruction();
    if (trigger) validateInstruction(trigger, trigger.getKeyword(), true);
  }

  // `# dockerfile-utils: ignore` silences the issues of the instruction on the next line.
  const ignored = new Set<number>();
  for (const c of dockerfile.getComments()) if (c.getContent() === 'dockerfile-utils: ignore') ignored.add(c.getRange().start.line + 1);
  return problems.filter((p) => p.line === null || !ignored.has(p.line)).map(({ code, range, args }) => (args ? { code, range, args } : { code, range }));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The text between two offsets is whitespace only (String.prototype.trim's whitespace). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128) return false;
    if (text.charAt(i).trim() !== '') return false;
  }
  return true;
}

/** `['a', 'b']`: a JSON array written with single quotes (the library's scan, character by character). */
function singleQuotedJson(content: string): boolean {
  let jsonLike = false;
  let last: string | null = null;
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    switch (content.charAt(i)) {
      case '[':
        if (last === null) {
          last = '[';
          jsonLike = true;
        }
        break;
      case "'":
        if (last === '[' || last === ',') {
          quoted = true;
          last = "'";
          continue;
        } else if (last === "'") {
          if (quoted) quoted = false;
          else return false;
        } else {
          return false;
        }
        break;
      case ',':
        if (!jsonLike) return false;
        if (!quoted) {
          if (last === "'") last = ',';
          else return false;
        }
        break;
      case ']':
        if (!quoted) return last === "'" || last === ',';
        break;
      case ' ':
      case '\t':
        break;
      default:
        if (!quoted) return false;
    }
  }
  return false;
}

/** Every port of an EXPOSE value (`80`, `8000-8010/udp`, `8080:80`) is in 1–65535 and every range runs upwards. */
function portsInRange(value: string): boolean {
  const slash = value.indexOf('/');
  const ports = slash < 0 ? value : value.slice(0, slash);
  for (const part of ports.split(':')) {
    const [lo, hi] = part.split('-');
    const a = Number(lo);
    if (!(a >= 1 && a <= 65535)) return false;
    if (hi === undefined || hi === '') continue;
    const b = Number(hi);
    if (!(b >= 1 && b <= 65535) || b < a) return false;
  }
  return true;
}

const isNumberRelated = (c: string) => c === '.' || (c >= '0' && c <= '9');

/** Go's time.ParseDuration as the library approximates it: the issue of a duration flag's value, if any. */
function durationIssue(value: string): StructuralCode | null {
  switch (value.charAt(0)) {
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
    case '.':
    case '-':
      break;
    default:
      return 'flagInvalidDuration';
  }
  let durationSpecified = false;
  let start = 0;
  let duration = 0;
  let digitFound = false;
  let hyphenFound = false;
  let periods = 0;
  const unitMs: Record<string, number> = { h: 3600000, m: 60000, s: 1000, ms: 1, us: 1 / 1000, µs: 1 / 1000, ns: 1 / 1000000 };
  parse: for (let i = 0; i < value.length; i++) {
    durationSpecified = false;
    const c = value.charAt(i);
    if (c === '-') {
      if (digitFound) return 'flagUnknownUnit';
      if (hyphenFound) return 'flagInvalidDuration';
      hyphenFound = true;
      continue;
    }
    if (c === '.') {
      periods++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      digitFound = true;
      continue;
    }
    if (periods > 1) return 'flagMissingDuration';
    periods = 0;
    const time = parseFloat(value.substring(start, i));
    for (let j = i + 1; j < value.length; j++) {
      if (isNumberRelated(value.charAt(j))) {
        const unit = value.substring(i, j);
        if (time < 0 || (value.charAt(start) === '-' && time === 0)) return 'flagLessThan1ms';
        const ms = Object.prototype.hasOwnProperty.call(unitMs, unit) ? unitMs[unit] : undefined;
        if (ms === undefined) return 'flagUnknownUnit';
        duration += time * ms;
        i = j - 1;
        start = i;
        durationSpecified = true;
        continue parse;
      }
    }
    if (time < 0 || (value.charAt(start) === '-' && time === 0)) return 'flagLessThan1ms';
    const unit = value.substring(i, value.length);
    const ms = Object.prototype.hasOwnProperty.call(unitMs, unit) ? unitMs[unit] : undefined;
    if (ms === undefined) return 'flagUnknownUnit';
    duration += time * ms;
    durationSpecified = true;
    break parse;
  }
  if (!durationSpecified) return 'flagMissingDuration';
  if (duration < 1) return 'flagLessThan1ms';
  return null;
}
