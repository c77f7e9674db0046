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
