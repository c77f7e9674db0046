import { dirOf } from '../common/paths';
import type { Range } from 'vscode-languageserver-types';
import type { Instruction } from 'dockerfile-ast';
import type { DocumentModel } from '../model';
import type { Fact, KbHit } from '../types';
import { containsPosition } from '../text';
import { argValues, facts as dfFacts, flagsOf, isExecForm, variablesOf, type DockerfileFacts, type Stage } from './model';
import { imageFact, imageEntry, parseImageRef } from '../common/image';
import type { DockerfileFeatureContext } from './parse';

/**
 * Dockerfile hover: instruction keywords, flags, parser directives, image references, stage names, variables,
 * heredocs and `COPY . .` — each resolved to a knowledge-base entry, plus facts about this very place
 * (a variable's value here, where a stage is used, what command the container really runs).
 */
export function dockerfileHover(ctx: DockerfileFeatureContext): KbHit | null {
  const { model, position: pos, kb, fs } = ctx;
  const df = ctx.unit.dockerfile;
  const hit = (entryId: string, range: Range, facts?: Fact[]): KbHit | null => (kb.get(entryId) ? { entryId, range, facts: facts?.length ? facts : undefined } : null);

  for (const d of df.getDirectives()) {
    if (d.getRange().start.line === pos.line) return hit(`dockerfile.directive.${d.getName().toLowerCase()}`, d.getNameRange());
  }
  const f = dfFacts(model, df);
  const ins = ctx.cursor.instruction;
  if (ins && containsPosition(ins.getRange(), pos)) {
    const kw = ins.getKeyword();
    const kwRange = ins.getInstructionRange();
    if (containsPosition(kwRange, pos)) return hit(`dockerfile.instruction.${kw.toLowerCase()}`, kwRange, keywordFacts(f, ins));

    for (const flag of flagsOf(ins)) {
      const valueRange = flag.getValueRange();
      if (flag.getName() === 'from' && valueRange && containsPosition(valueRange, pos)) {
        const value = flag.getValue() ?? '';
        const stage = f.stageByName.get(value.toLowerCase()) ?? (/^\d+$/.test(value) ? f.stages[Number(value)] : undefined);
        return hit('dockerfile.stage.name', valueRange, stage ? [stageDefined(stage)] : [{ id: 'fact.stage.image', args: { name: value } }]);
      }
      if (containsPosition(flag.getRange(), pos)) return hit(`dockerfile.flag.${kw.toLowerCase()}.${flag.getName()}`, flag.getRange());
    }

    for (const v of variablesOf(ins)) {
      if (containsPosition(v.getRange(), pos)) return hit('dockerfile.variable.reference', v.getRange(), [variableFact(model, f, ins, v.getName())]);
    }

    if (kw === 'FROM') {
      const from = f.stages.find((s) => s.from === ins);
      const stageRange = from?.from.getBuildStageRange();
      if (from && stageRange && containsPosition(stageRange, pos)) return hit('dockerfile.stage.name', stageRange, [stageUses(model, f, from)]);
      const imageRange = from?.from.getImageRange();
      const image = from?.from.getImage();
      if (from && image && imageRange && containsPosition(imageRange, pos)) {
        const earlier = f.stageByName.get(image.toLowerCase());
        if (earlier && earlier.index < from.index) return hit('dockerfile.stage.name', imageRange, [stageDefined(earlier)]);
        const ref = parseImageRef(image);
        return hit(`dockerfile.image.${imageEntry(ref)}`, imageRange, ref.dynamic || ref.name === 'scratch' ? [] : [imageFact(ref)]);
      }
    }

    if (kw === 'RUN' || kw === 'COPY' || kw === 'ADD') {
      const heredocs = (ins as unknown as { getHeredocs?: () => { getStartRange(): Range }[] }).getHeredocs?.call(ins) ?? [];
      for (const h of heredocs) if (containsPosition(h.getStartRange(), pos)) return hit('dockerfile.heredoc', h.getStartRange());
    }

    if (kw === 'COPY' || kw === 'ADD') {
      const args = ins.getArguments();
      for (const a of args.slice(0, -1)) {
        if ((a.getValue() === '.' || a.getValue() === './') && containsPosition(a.getRange(), pos)) {
          const dir = dirOf(model.path);
          const known = fs.available && fs.contains(model.path);
          const facts: Fact[] = known ? [{ id: fs.exists(`${dir}/.dockerignore`) ? 'fact.context.ignored' : 'fact.context.noIgnore' }] : [];
          return hit('dockerfile.build-context', a.getRange(), facts);
        }
      }
    }
    return null;
  }
  return null;
}

function stageDefined(stage: Stage): Fact {
  return { id: 'fact.stage.defined', args: { name: stage.name ?? String(stage.index), line: String(stage.from.getRange().start.line + 1), image: stage.from.getImage() ?? '' } };
}

/** Where a named stage is used: COPY --from, FROM <stage>. */
function stageUses(_model: DocumentModel, f: DockerfileFacts, stage: Stage): Fact {
  const lines: number[] = [];
  for (const s of f.stages) {
    if (s.parent === stage) lines.push(s.from.getRange().start.line + 1);
    for (const ins of s.instructions) {
      for (const fl of flagsOf(ins)) {
        const v = fl.getName() === 'from' ? fl.getValue()?.toLowerCase() : undefined;
        if (v && (v === stage.key || v === String(stage.index))) lines.push(ins.getRange().start.line + 1);
      }
    }
  }
  if (stage === f.stages[f.stages.length - 1]) return lines.length ? { id: 'fact.stage.usedBy', args: { lines: lines.join(', ') } } : { id: 'fact.stage.final' };
  return lines.length ? { id: 'fact.stage.usedBy', args: { lines: lines.join(', ') } } : { id: 'fact.stage.unused' };
}

function variableFact(model: DocumentModel, f: DockerfileFacts, ins: Instruction, name: string): Fact {
  const line = ins.getRange().start.line;
  const kw = ins.getKeyword();
  // Walk back through the declarations visible here: the stage's ARG/ENV (FROM sees only the global ARGs).
  const stage = f.stages.find((s) => s.from === ins || s.instructions.includes(ins));
  const candidates: Instruction[] = kw === 'FROM' || !stage ? f.globalArgs : stage.instructions.filter((i) => i.getRange().start.line < line);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const decl = candidates[i];
    const dk = decl.getKeyword();
    if (dk !== 'ARG' && dk !== 'ENV') continue;
    const props = (decl as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties();
    const p = props.find((x) => x.getName() === name);
    if (!p) continue;
    const value = p.getValue();
    return value === null || value === ''
      ? { id: 'fact.var.noDefault', args: { name, kind: dk, line: String(decl.getRange().start.line + 1) } }
      : { id: 'fact.var.value', args: { name, value, kind: dk, line: String(decl.getRange().start.line + 1) } };
  }
  void model;
  if (kw === 'RUN' || kw === 'CMD' || kw === 'ENTRYPOINT') return { id: 'fact.var.shell', args: { name } };
  return { id: 'fact.var.undeclared', args: { name } };
}

/** Facts for an instruction keyword: for CMD/ENTRYPOINT, the command the container actually runs. */
function keywordFacts(f: DockerfileFacts, ins: Instruction): Fact[] {
  const kw = ins.getKeyword();
  if (kw !== 'CMD' && kw !== 'ENTRYPOINT') return [];
  const stage = f.stages.find((s) => s.instructions.includes(ins));
  if (!stage) return [];
  const last = (k: string) => [...stage.instructions].reverse().find((i) => i.getKeyword() === k);
  const ep = last('ENTRYPOINT');
  const cmd = last('CMD');
  const words = (i: Instruction | undefined) => (i ? (isExecForm(i) ? argValues(i) : ['/bin/sh', '-c', (i.getArgumentsContent() ?? '').trim()]) : undefined);
  const quote = (w: string[]) => w.map((x) => (/\s/.test(x) ? `"${x}"` : x)).join(' ');
  const epWords = words(ep);
  const cmdWords = words(cmd);
  if (ep && !isExecForm(ep)) return [{ id: 'fact.cmd.shellEntrypoint', args: { command: quote(epWords!) } }];
  if (epWords && cmdWords) return [{ id: 'fact.cmd.runs', args: { command: quote([...epWords, ...cmdWords]) } }];
  if (epWords) return [{ id: 'fact.cmd.runs', args: { command: quote(epWords) } }];
  if (cmdWords) return [{ id: 'fact.cmd.runs', args: { command: quote(cmdWords) } }];
  return [];
}
