import { JSONInstruction } from 'dockerfile-ast';
import type { DockerfileCheck } from '../parse';
import { instructionsOf, unquote } from '../build';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
// ADD unpacks local tar archives: that is a reason to use ADD, not a mistake.
const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|zst|tar\.lz|tar\.lzma|tlz|gz|bz2|xz)$/i;

/**
 * DF001: ADD of local files → COPY. The notes (002 › Dockerfile) teach to avoid ADD: COPY does the same for local
 * files without ADD's implicit URL download and archive extraction.
 */
export const check: DockerfileCheck = {
  rule: 'DF001',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'ADD')) {
      if ('getFlags' in ins && (ins as unknown as { getFlags(): { getName(): string }[] }).getFlags().some((f) => f.getName() === 'checksum' || f.getName() === 'keep-git-dir')) continue;
      const json = ins instanceof JSONInstruction ? ins.getJSONStrings().map((s) => s.getJSONValue()) : [];
      const args = json.length ? json : ins.getArguments().map((a) => a.getValue());
      if (args.length < 2) continue;
      const sources = args.slice(0, -1).map(unquote);
      if (sources.some((s) => s.startsWith('<<') || s.includes('$') || REMOTE.test(s) || ARCHIVE.test(s))) continue;
      const kwRange = ins.getInstructionRange();
      const written = ins.getInstruction();
      const replacement = written === written.toLowerCase() ? 'copy' : 'COPY';
      report(kwRange, { source: sources.join(' ') }, [{ titleId: 'toCopy', edits: [{ range: kwRange, newText: replacement }], preferred: true }]);
    }
  },
};
