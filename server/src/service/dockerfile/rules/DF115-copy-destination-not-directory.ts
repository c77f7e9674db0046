import type { DockerfileCheck } from '../parse';
import { argValues } from '../model';
import { instructionsOf, unquote } from '../build';

/**
 * DF115: COPY/ADD with two or more sources whose destination does not end with `/`: Docker refuses the build
 * ("the destination must be a directory and end with a /"). Quoted and JSON-form destinations count; a variable
 * destination is left alone. The quick fix appends the slash.
 */
export const check: DockerfileCheck = {
  rule: 'DF115',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'COPY', 'ADD')) {
      const args = argValues(ins);
      if (args.length < 3 || args.some((a) => a.startsWith('<<'))) continue;
      const written = args[args.length - 1];
      const destination = unquote(written);
      if (destination.endsWith('/') || destination.endsWith('\\') || destination.includes('$')) continue;
      const words = ins.getArguments();
      const last = words[words.length - 1];
      const range = last?.getRange();
      let fixes;
      if (range) {
        const end = model.index.offsetAt(range.end);
        // Before a closing quote (`"dir"` → `"dir/"`) or a JSON string's quote (`"dir"]`).
        const text = model.text.slice(model.index.offsetAt(range.start), end);
        const m = /(["'])\]?\s*$/.exec(text);
        const at = m ? end - (text.length - m.index) : end;
        const pos = model.index.positionAt(at);
        fixes = [{ titleId: 'addSlash', edits: [{ range: { start: pos, end: pos }, newText: '/' }], preferred: true }];
      }
      report(range ?? ins.getInstructionRange(), { instruction: ins.getKeyword(), count: String(args.length - 1), destination }, fixes);
    }
  },
};
