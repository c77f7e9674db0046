import type { DockerfileCheck } from '../parse';
import { instructionsOf } from '../build';
import { execForm, jsonList, shellList } from '../execForm';

/**
 * DF024 (hint): `HEALTHCHECK CMD <command>` in shell form runs through `/bin/sh -c`: the image must have a shell, and
 * scratch or distroless images do not. The JSON form runs the program directly; the example is the command itself
 * (its words as the shell splits them). A command that uses the shell (`|| exit 1`, a pipe, `$VAR`) needs one in either
 * form: the message says so and shows the `sh -c` form. (variant: needsShell)
 */
export const check: DockerfileCheck = {
  rule: 'DF024',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'HEALTHCHECK')) {
      const args = ins.getArguments();
      const cmd = args.findIndex((a) => a.getValue().toUpperCase() === 'CMD');
      if (cmd < 0 || cmd === args.length - 1) continue;
      const rest = args.slice(cmd + 1);
      if (rest[0].getValue().startsWith('[')) continue;
      const range = { start: args[cmd].getRange().start, end: rest[rest.length - 1].getRange().end };
      const command = model.text.slice(model.index.offsetAt(rest[0].getRange().start), model.index.offsetAt(range.end)).replace(/\\\r?\n/g, ' ');
      const form = execForm(command);
      if ('words' in form) report(range, { example: `HEALTHCHECK CMD ${jsonList(form.words)}` });
      else report(range, { shell: form.shell, example: `HEALTHCHECK CMD ${shellList(command, false)}` }, undefined, 'needsShell');
    }
  },
};
