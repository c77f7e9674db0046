import type { DockerfileCheck } from '../parse';
import { instructionsOf } from '../build';

/**
 * DF024 (hint): `HEALTHCHECK CMD <command>` in shell form runs through `/bin/sh -c`: the image must have a shell, and
 * scratch or distroless images do not. The JSON form runs the program directly. The example is built from the
 * command itself.
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
      const words = rest.map((a) => a.getValue());
      // Shell syntax (pipes, ||, redirections, variables) needs the shell: the JSON form would be `["sh", "-c", …]`.
      const example = words.some((w) => /[|&;<>$*]/.test(w))
        ? `HEALTHCHECK CMD ["sh", "-c", ${JSON.stringify(words.join(' '))}]`
        : `HEALTHCHECK CMD [${words.map((w) => JSON.stringify(w.replace(/^(["'])(.*)\1$/, '$2'))).join(', ')}]`;
      report({ start: args[cmd].getRange().start, end: rest[rest.length - 1].getRange().end }, { example });
    }
  },
};
