import type { CompletionSpec } from '../provider';
import type { DockerfileFeatureContext } from './parse';
import { facts as dfFacts } from './model';
import { FLAGS } from './rules/DF105-unknown-flag';
import { PREDEFINED_ARGS } from './rules/DF108-undefined-variable';
import { snippetCompletions } from '../snippets';

// Kinds from the LSP spec (kept as numbers so the service depends on types only).
const KIND = { keyword: 14, property: 10, reference: 18, variable: 6, snippet: 15 } as const;

/** The snippet each instruction inserts: its usual shape with tab stops. */
const INSTRUCTION_SNIPPETS: Record<string, string> = {
  FROM: 'FROM ${1:image}:${2:tag}',
  RUN: 'RUN ${1:command}',
  CMD: 'CMD ["${1:executable}", "${2:arg}"]',
  LABEL: 'LABEL ${1:key}="${2:value}"',
  MAINTAINER: 'MAINTAINER ${1:name}',
  EXPOSE: 'EXPOSE ${1:port}',
  ENV: 'ENV ${1:KEY}=${2:value}',
  ADD: 'ADD ${1:source} ${2:dest}',
  COPY: 'COPY ${1:source} ${2:dest}',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}"]',
  VOLUME: 'VOLUME ["${1:/data}"]',
  USER: 'USER ${1:user}',
  WORKDIR: 'WORKDIR ${1:/app}',
  ARG: 'ARG ${1:NAME}=${2:default}',
  ONBUILD: 'ONBUILD ${1:INSTRUCTION}',
  STOPSIGNAL: 'STOPSIGNAL ${1:SIGTERM}',
  HEALTHCHECK: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:command}',
  SHELL: 'SHELL ["${1:/bin/bash}", "${2:-c}"]',
};
const DIRECTIVES = { syntax: 'syntax=${1:docker/dockerfile:1}', escape: 'escape=${1:`}', check: 'check=${1:skip=}' };

/**
 * Dockerfile completion: instructions at the start of a line, parser directives in the header comments,
 * flags after `--`, stage names after `--from=`, declared variables after `$` / `${`.
 */
export function dockerfileComplete(ctx: DockerfileFeatureContext): CompletionSpec[] {
  const { model, position } = ctx;
  const df = ctx.unit.dockerfile;
  const line = model.index.lineText(position.line);
  const before = line.slice(0, position.character);
  const word = (re: RegExp) => re.exec(before)?.[1] ?? '';
  const replace = (w: string) => ({ start: { line: position.line, character: position.character - w.length }, end: position });
  const instructions = df.getInstructions();
  const containing = ctx.cursor.instruction;
  const escape = df.getEscapeCharacter();
  const prevLine = position.line > 0 ? model.index.lineText(position.line - 1) : '';
  const inContinuation = !!containing && containing.getRange().start.line < position.line && prevLine.trimEnd().endsWith(escape);

  // Parser directives: comment lines before the first instruction.
  const firstIns = instructions[0]?.getRange().start.line ?? Infinity;
  const dm = /^#\s*(\w*)$/.exec(before);
  if (dm && position.line < firstIns) {
    return Object.entries(DIRECTIVES).map(([name, snippet]) => ({
      label: name,
      kind: KIND.property,
      insertText: snippet,
      snippet: true,
      range: replace(dm[1]),
      entryId: `dockerfile.directive.${name}`,
    }));
  }
  if (/^\s*#/.test(before)) return [];

  // Variables: `$NA|` or `${NA|`
  const vm = /\$\{?(\w*)$/.exec(before);
  if (vm) {
    const names = visibleVariables(ctx, position.line, containing?.getKeyword() === 'FROM');
    return [...names].map(([name, kind]) => ({ label: name, kind: KIND.variable, detail: kind, range: replace(vm[1]), entryId: 'dockerfile.variable.reference' }));
  }

  // Stage names: `--from=bu|`
  const fm = /--from=([\w.-]*)$/.exec(before);
  if (fm && containing && (containing.getKeyword() === 'COPY' || containing.getKeyword() === 'ADD' || containing.getKeyword() === 'RUN')) {
    const f = dfFacts(model, df);
    const here = f.stages.findIndex((s) => s.instructions.includes(containing));
    return f.stages
      .slice(0, here < 0 ? f.stages.length : here)
      .filter((s) => s.name)
      .map((s) => ({ label: s.name!, kind: KIND.reference, detail: `FROM ${s.from.getImage() ?? ''}`, range: replace(fm[1]), entryId: 'dockerfile.stage.name' }));
  }

  // Flags: `COPY --ch|`
  const flagm = /(?:^|\s)--([\w-]*)$/.exec(before);
  if (flagm && containing) {
    const kw = containing.getKeyword();
    const args = containing.getArguments();
    const firstArg = args[0];
    // Flags come before the first argument.
    if (!firstArg || firstArg.getRange().start.character >= position.character - flagm[1].length - 2 || firstArg.getRange().start.line > position.line) {
      return (FLAGS[kw] ?? []).map((name) => ({
        label: `--${name}`,
        kind: KIND.property,
        insertText: `--${name}=`,
        range: replace(`--${flagm[1]}`),
        entryId: `dockerfile.flag.${kw.toLowerCase()}.${name}`,
        retrigger: name === 'from',
      }));
    }
  }

  // Instructions at the start of a line (not inside a continuation).
  const im = /^\s*([A-Za-z][A-Za-z-]*|)$/.exec(before);
  if (im && !inContinuation) {
    const lower = im[1].length > 0 && im[1] === im[1].toLowerCase();
    const keywords: CompletionSpec[] = Object.entries(INSTRUCTION_SNIPPETS).map(([kw, snippet], i) => ({
      label: kw,
      kind: KIND.keyword,
      insertText: lower ? snippet.replace(kw, kw.toLowerCase()) : snippet,
      snippet: true,
      range: replace(im[1]),
      entryId: `dockerfile.instruction.${kw.toLowerCase()}`,
      sortText: kw === 'MAINTAINER' ? 'z' : String(i).padStart(2, '0'),
      filterText: lower ? kw.toLowerCase() : kw,
    }));
    // Instruction snippets (a HEALTHCHECK, a RUN with a cache mount …); whole-file ones come from the facade.
    return [...keywords, ...snippetCompletions('dockerfile', 'instruction', replace(im[1]))];
  }
  void word;
  return [];
}

/** ARG/ENV names visible at a line (a FROM line sees only the ARGs before the first FROM). */
function visibleVariables(ctx: DockerfileFeatureContext, line: number, fromLine: boolean): Map<string, string> {
  const f = dfFacts(ctx.model, ctx.unit.dockerfile);
  const out = new Map<string, string>();
  const add = (ins: { getKeyword(): string }) => {
    const props = (ins as unknown as { getProperties?: () => { getName(): string }[] }).getProperties?.call(ins) ?? [];
    for (const p of props) out.set(p.getName(), ins.getKeyword());
  };
  if (fromLine) {
    for (const a of f.globalArgs) add(a);
  } else {
    const stage = [...f.stages].reverse().find((s) => s.from.getRange().start.line <= line);
    for (let s = stage?.parent; s; s = s.parent) for (const i of s.instructions) if (i.getKeyword() === 'ENV') add(i);
    for (const i of stage?.instructions ?? []) if (i.getRange().start.line < line && (i.getKeyword() === 'ARG' || i.getKeyword() === 'ENV')) add(i);
  }
  for (const p of ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'BUILDPLATFORM']) if (PREDEFINED_ARGS.has(p) && !out.has(p)) out.set(p, 'ARG (BuildKit)');
  return out;
}
