// Quick-fix shapes the Dockerfile rules share.
import type { Instruction } from 'dockerfile-ast';
import type { DocumentModel } from '../model';
import type { Fix, TextEditSpec } from '../types';

/**
 * "Insert a flag": after every match of `command` in the instruction's text (`apk add`, `apt-get install`,
 * `pip install`) that is not already followed on its command by `flag`, insert ` <flag>`. Undefined when there is
 * no such place (the finding is then reported without a fix).
 */
export function insertFlagFix(model: DocumentModel, ins: Instruction, command: RegExp, flag: string): Fix[] | undefined {
  const start = model.index.offsetAt(ins.getRange().start);
  const raw = model.text.slice(start, model.index.offsetAt(ins.getRange().end));
  const escaped = flag.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const re = new RegExp(`${command.source}(?![^\\n&|;]*${escaped})`, 'g');
  const edits: TextEditSpec[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const at = model.index.positionAt(start + m.index + m[0].length);
    edits.push({ range: { start: at, end: at }, newText: ` ${flag}` });
  }
  return edits.length ? [{ titleId: 'addFlag', edits, preferred: true }] : undefined;
}

/** A RUN whose text can be joined with another's: shell form, no flags, no heredoc. */
export function mergeableRun(ins: Instruction): boolean {
  const content = ins.getArgumentsContent() ?? '';
  const flags = (ins as unknown as { getFlags?: () => unknown[] }).getFlags?.() ?? [];
  return ins.getKeyword() === 'RUN' && !flags.length && !/<</.test(content) && !content.trim().startsWith('[');
}

/** The raw command text of a RUN (after the keyword, continuations kept), trimmed. */
export function runCommandText(model: DocumentModel, ins: Instruction): string {
  const start = model.index.offsetAt(ins.getInstructionRange().end);
  return model.text.slice(start, model.index.offsetAt(ins.getRange().end)).trim();
}

/**
 * Join RUN `a` into the later RUN `b`: `a`'s lines are removed and its command goes in front of `b`'s, joined with
 * `&&` (the order of the commands is kept). Undefined when either cannot be merged.
 */
export function joinRunsEdits(model: DocumentModel, a: Instruction, b: Instruction): TextEditSpec[] | undefined {
  if (!mergeableRun(a) || !mergeableRun(b)) return undefined;
  const aStart = { line: a.getRange().start.line, character: 0 };
  const aEnd = { line: a.getRange().end.line + 1, character: 0 };
  const bArgs = model.index.offsetAt(b.getInstructionRange().end);
  let at = bArgs;
  while (model.text[at] === ' ' || model.text[at] === '\t') at++;
  const pos = model.index.positionAt(at);
  return [
    { range: { start: aStart, end: aEnd }, newText: '' },
    { range: { start: pos, end: pos }, newText: `${runCommandText(model, a)} \\\n    && ` },
  ];
}
