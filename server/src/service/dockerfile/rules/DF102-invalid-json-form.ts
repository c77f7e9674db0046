import type { DockerfileCheck } from '../parse';
import { facts } from '../model';

const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'ADD', 'COPY', 'VOLUME', 'HEALTHCHECK']);

/**
 * DF102: arguments that look like the JSON exec form but are not valid JSON — an unclosed `[`, single quotes,
 * a missing comma. Docker then silently runs the text as a shell command, which fails (`/bin/sh: [node,: not found`).
 */
export const check: DockerfileCheck = {
  rule: 'DF102',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const singleQuoted = new Set(
      facts(model, dockerfile)
        .structural()
        .filter((d) => d.code === 'jsonSingleQuotes')
        .map((d) => d.range.start.line),
    );
    for (const ins of dockerfile.getInstructions()) {
      let kw = ins.getKeyword();
      let content = ins.getArgumentsContent();
      if (kw === 'HEALTHCHECK' && content) {
        const m = /^(?:--\S+\s+)*CMD\s+([\s\S]*)$/i.exec(content);
        if (!m) continue;
        content = m[1];
      }
      if (!EXEC_FORM.has(kw) || !content) continue;
      // Flags come before the JSON (COPY --chown=x ["a", "b"])
      content = content.replace(/^(?:--\S+\s+)*/, '').trim();
      // Exec form starts with `["` (or a stray `['`); `RUN [ -f x ]` is the shell's test command.
      if (!/^\[\s*["']/.test(content)) continue;
      if (kw === 'RUN' && /^\[\s*\]?$/.test(content)) continue;
      let ok = false;
      try {
        const v: unknown = JSON.parse(content);
        ok = Array.isArray(v) && v.every((x) => typeof x === 'string');
      } catch {
        ok = false;
      }
      if (ok) continue;
      const args = ins.getArgumentsRange();
      if (!args) continue;
      kw = ins.getKeyword();
      const variant = singleQuoted.has(ins.getRange().start.line) || /^\[\s*'/.test(content) ? 'singleQuotes' : !content.trimEnd().endsWith(']') ? 'unclosed' : undefined;
      report(args, { instruction: kw }, undefined, variant);
    }
  },
};
