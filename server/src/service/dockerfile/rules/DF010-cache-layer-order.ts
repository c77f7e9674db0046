import type { DockerfileCheck } from '../parse';
import type { Instruction } from 'dockerfile-ast';
import { argValues, facts, flag, flagValues, shellText } from '../model';

/** Dependency installers, the manifest files they read, and those files as the message names them (`files`). */
export const ECOSYSTEMS: { name: string; install: RegExp; manifest: RegExp; files: string }[] = [
  { name: 'npm', install: /\bnpm\s+(?:ci|install|i)(?:\s+--?[\w-]+(?:=\S+)?)*\s*(?:$|&&|;|\|)/, manifest: /(^|\/)(package(-lock)?\.json|package\*\.json|npm-shrinkwrap\.json)$/, files: 'package.json package-lock.json' },
  { name: 'yarn', install: /\byarn(\s+install)?(\s+--\S+)*\s*($|&&|;)/, manifest: /(^|\/)(package\.json|yarn\.lock|package\*\.json)$/, files: 'package.json yarn.lock' },
  { name: 'pnpm', install: /\bpnpm\s+(?:install|i)\b/, manifest: /(^|\/)(package\.json|pnpm-lock\.yaml)$/, files: 'package.json pnpm-lock.yaml' },
  { name: 'pip', install: /\bpip3?\s+(?:-\S+\s+)*install\s+(?:.*\s)?-r\s+\S+/, manifest: /(^|\/)(requirements[\w.-]*\.txt|requirements\/?)$/, files: 'requirements.txt' },
  { name: 'pipenv', install: /\bpipenv\s+install\b/, manifest: /(^|\/)Pipfile(\.lock)?$/, files: 'Pipfile Pipfile.lock' },
  { name: 'poetry', install: /\bpoetry\s+install\b/, manifest: /(^|\/)(pyproject\.toml|poetry\.lock)$/, files: 'pyproject.toml poetry.lock' },
  { name: 'go', install: /\bgo\s+mod\s+download\b/, manifest: /(^|\/)go\.(mod|sum)$/, files: 'go.mod go.sum' },
  { name: 'maven', install: /\bmvn\b.*\bdependency:(go-offline|resolve)\b/, manifest: /(^|\/)pom\.xml$/, files: 'pom.xml' },
  { name: 'bundler', install: /\bbundle\s+install\b/, manifest: /(^|\/)Gemfile(\.lock)?$/, files: 'Gemfile Gemfile.lock' },
  { name: 'composer', install: /\bcomposer\s+install\b/, manifest: /(^|\/)composer\.(json|lock)$/, files: 'composer.json composer.lock' },
];

const copiesWholeContext = (ins: Instruction) => {
  if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') return false;
  if (flag(ins, 'from')) return false;
  const args = argValues(ins);
  return args.slice(0, -1).some((s) => s === '.' || s === './' || s === '*');
};

/**
 * DF010: a layer order that defeats the build cache (001 › Day45; 002 › 이미지 경량화 전략: stable layers first).
 * - `COPY . .` before the dependency install: every source edit re-runs the install. (variant: wholeContextFirst)
 * - the install runs before its manifest is copied at all: it installs nothing, or fails. (variant: manifestMissing)
 */
export const check: DockerfileCheck = {
  rule: 'DF010',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const stage of facts(model, dockerfile).stages) {
      let wholeContext: Instruction | undefined;
      const copied: string[] = [];
      for (const ins of stage.instructions) {
        const kw = ins.getKeyword();
        if (kw === 'COPY' || kw === 'ADD') {
          if (copiesWholeContext(ins)) wholeContext ??= ins;
          else copied.push(...argValues(ins).slice(0, -1));
          continue;
        }
        if (kw !== 'RUN') continue;
        const text = shellText(model, ins);
        if (flagValues(ins, 'mount').some((m) => /type=bind/.test(m))) continue;
        for (const eco of ECOSYSTEMS) {
          if (!eco.install.test(text)) continue;
          const manifestCopied = copied.some((c) => eco.manifest.test(c.replace(/\/$/, '')) || eco.manifest.test(c));
          if (wholeContext && !manifestCopied) {
            report(wholeContext.getRange(), { tool: eco.name, line: String(ins.getRange().start.line + 1), manifest: `COPY ${eco.files} ./` }, undefined, 'wholeContextFirst');
          } else if (!wholeContext && !manifestCopied && !stage.parent && copied.length === 0 && isFirstStageWithoutSources(stage.instructions, ins)) {
            report(ins.getRange(), { tool: eco.name, line: String(ins.getRange().start.line + 1) }, undefined, 'manifestMissing');
          }
          break;
        }
      }
    }
  },
};

/** No COPY/ADD at all before this RUN, but one after it: the install ran on an empty directory. */
function isFirstStageWithoutSources(list: Instruction[], run: Instruction): boolean {
  const i = list.indexOf(run);
  return list.slice(i + 1).some((x) => x.getKeyword() === 'COPY' || x.getKeyword() === 'ADD');
}
