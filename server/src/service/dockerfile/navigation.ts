// Dockerfile stages as the editor moves through them: the Outline (stages with their instructions), the facts the
// workspace index keeps (stage names, for Compose `build.target`), references and rename of a stage name —
// across files too: a Compose `build.target` that names the stage is one of its uses.
import type { DocumentSymbol, Location, Range, TextEdit } from 'vscode-languageserver-types';
import type { Instruction } from 'dockerfile-ast';
import type { DocumentModel } from '../model';
import type { RenameEdits, RenameRefusal, RenameTarget } from '../provider';
import type { FactsPart, StageFact, SymbolFact } from '../workspace/facts';
import { basename, fileUri } from '../common/paths';
import { containsPosition } from '../text';
import { facts as dfFacts, flagsOf, type Stage } from './model';
import type { DockerfileFeatureContext, DockerfileUnit } from './parse';

const KIND = { stage: 2, instruction: 6 } as const; // Module, Method

/** A use or the definition of a stage name in the Dockerfile. */
interface StageSpot {
  stage: Stage;
  range: Range;
  definition: boolean;
}

/** Every place a named stage is written: `AS name`, `FROM name`, `--from=name` (COPY, RUN --mount … from=name). */
function stageSpots(model: DocumentModel, unit: DockerfileUnit): StageSpot[] {
  const f = dfFacts(model, unit.dockerfile);
  const out: StageSpot[] = [];
  for (const s of f.stages) {
    const nameRange = s.from.getBuildStageRange();
    if (s.name && nameRange) out.push({ stage: s, range: nameRange, definition: true });
    const image = s.from.getImage();
    const imageRange = s.from.getImageRange();
    const earlier = image ? f.stageByName.get(image.toLowerCase()) : undefined;
    if (earlier && earlier.index < s.index && imageRange) out.push({ stage: earlier, range: imageRange, definition: false });
    for (const ins of s.instructions) {
      for (const fl of flagsOf(ins)) {
        const v = fl.getValue();
        const vr = fl.getValueRange();
        if (!v || !vr) continue;
        if (fl.getName() === 'from') {
          const target = f.stageByName.get(v.toLowerCase());
          if (target) out.push({ stage: target, range: vr, definition: false });
        } else if (fl.getName() === 'mount') {
          // --mount=type=bind,from=build,source=/out
          const m = /(?:^|,)from=([^,]+)/.exec(v);
          const target = m ? f.stageByName.get(m[1].toLowerCase()) : undefined;
          if (m && target) {
            const start = vr.start.character + m.index + (m[0].startsWith(',') ? 1 : 0) + 5;
            out.push({ stage: target, range: { start: { line: vr.start.line, character: start }, end: { line: vr.start.line, character: start + m[1].length } }, definition: false });
          }
        }
      }
    }
  }
  return out;
}

function spotAt(ctx: DockerfileFeatureContext): StageSpot | undefined {
  return stageSpots(ctx.model, ctx.unit).find((s) => containsPosition(s.range, ctx.position));
}

/** Compose files whose `build.target` names this stage of this Dockerfile (from the workspace index). */
function composeUses(ctx: DockerfileFeatureContext, name: string): Location[] {
  const all = ctx.workspace.all();
  const out: Location[] = [];
  for (const f of all ?? []) {
    for (const t of f.compose?.buildTargets ?? []) {
      if (t.dockerfile === ctx.model.path && t.target.toLowerCase() === name.toLowerCase()) out.push({ uri: fileUri(f.path), range: t.range });
    }
  }
  return out;
}


export function dockerfileReferences(ctx: DockerfileFeatureContext): Location[] {
  const spot = spotAt(ctx);
  if (!spot?.stage.name) return [];
  const spots = stageSpots(ctx.model, ctx.unit).filter((s) => s.stage === spot.stage);
  spots.sort((a, b) => Number(b.definition) - Number(a.definition));
  return [...spots.map((s) => ({ uri: ctx.model.uri, range: s.range })), ...composeUses(ctx, spot.stage.name)];
}

/** Stage names: a letter first, then letters, digits, `_`, `-`, `.` (BuildKit's rule). */
const STAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

export function dockerfilePrepareRename(ctx: DockerfileFeatureContext): RenameTarget | null {
  const spot = spotAt(ctx);
  if (!spot?.stage.name) return null;
  if (/\$/.test(spot.stage.name)) return { refused: 'rename.dynamic', args: { name: spot.stage.name } };
  return { range: spot.range, placeholder: ctx.model.text.slice(ctx.model.index.offsetAt(spot.range.start), ctx.model.index.offsetAt(spot.range.end)) };
}

export function dockerfileRename(ctx: DockerfileFeatureContext, newName: string): RenameEdits | RenameRefusal | null {
  const spot = spotAt(ctx);
  if (!spot?.stage.name) return null;
  if (!STAGE_NAME.test(newName)) return { refused: 'rename.invalidStage', args: { name: newName } };
  const f = dfFacts(ctx.model, ctx.unit.dockerfile);
  const clash = f.stageByName.get(newName.toLowerCase());
  if (clash && clash !== spot.stage) return { refused: 'rename.stageExists', args: { name: newName } };
  const edits: RenameEdits = { [ctx.model.uri]: stageSpots(ctx.model, ctx.unit).filter((s) => s.stage === spot.stage).map((s): TextEdit => ({ range: s.range, newText: newName })) };
  for (const loc of composeUses(ctx, spot.stage.name)) (edits[loc.uri] ??= []).push({ range: loc.range, newText: newName });
  return edits;
}

function shortArgs(model: DocumentModel, ins: Instruction): string {
  const r = ins.getRange();
  const start = model.index.offsetAt(ins.getInstructionRange().end);
  const text = model.text.slice(start, model.index.offsetAt(r.end)).replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? text.slice(0, 59) + '…' : text;
}

/** The Outline: one entry per stage (`build`, or `stage 0`), its instructions inside. */
export function dockerfileSymbols(model: DocumentModel, unit: DockerfileUnit): DocumentSymbol[] {
  const f = dfFacts(model, unit.dockerfile);
  return f.stages.map((s) => {
    const last = s.instructions[s.instructions.length - 1] ?? s.from;
    const range = { start: s.from.getRange().start, end: last.getRange().end };
    const children = s.instructions.map((ins): DocumentSymbol => ({
      name: ins.getKeyword(),
      detail: shortArgs(model, ins) || undefined,
      kind: KIND.instruction,
      range: ins.getRange(),
      selectionRange: ins.getInstructionRange(),
    }));
    return { name: s.name ?? `stage ${s.index}`, detail: `FROM ${s.from.getImage() ?? ''}`.trim(), kind: KIND.stage, range, selectionRange: s.from.getBuildStageRange() ?? s.from.getInstructionRange(), children };
  });
}

/** What the index keeps of a Dockerfile: its stages (for Compose `build.target`, and Ctrl+T). */
export function dockerfileFacts(model: DocumentModel, units: DockerfileUnit[]): FactsPart {
  const unit = units[0];
  const f = dfFacts(model, unit.dockerfile);
  const stages: StageFact[] = f.stages.map((s) => ({ name: s.name, index: s.index, image: s.from.getImage() ?? undefined, range: s.from.getRange(), nameRange: s.from.getBuildStageRange() ?? undefined }));
  const symbols: SymbolFact[] = stages.filter((s) => s.name).map((s) => ({ name: `stage ${s.name}`, kind: KIND.stage, range: s.nameRange ?? s.range, container: basename(model.path) }));
  return { dockerfile: { stages }, symbols };
}
