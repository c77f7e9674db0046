import type { Position } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { KbHit } from '../types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { containsPosition } from '../text';

/** Dockerfile hover: the instruction keyword under the cursor → its knowledge-base entry. */
export function dockerfileHover(model: DocumentModel, pos: Position, kb: KnowledgeBase): KbHit | null {
  const df = model.dockerfile;
  if (!df) return null;
  for (const ins of df.getInstructions()) {
    const r = ins.getRange();
    if (pos.line < r.start.line || pos.line > r.end.line) continue;
    const kwRange = ins.getInstructionRange();
    if (containsPosition(kwRange, pos)) {
      const id = `dockerfile.instruction.${ins.getKeyword().toLowerCase()}`;
      return kb.get(id) ? { entryId: id, range: kwRange } : null;
    }
  }
  return null;
}
