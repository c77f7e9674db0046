import type { KbHit } from '../types';
import type { YamlFeatureContext } from '../kinds/yaml';
import { matchPath, toRange } from '../yaml';

/**
 * Hover for YAML formats whose entries carry a `match` (kinds + path pattern): the key (or scalar value) under
 * the cursor → the entry whose pattern matches its path. `family` is the entry-id prefix (kubernetes, compose…).
 */
export function yamlPathHover(ctx: YamlFeatureContext, family: string): KbHit | null {
  const { model, unit: doc, kb, cursor: at } = ctx;
  if (at.role === 'none' || !at.path.length || !at.node) return null;
  const last = at.path[at.path.length - 1];
  const lastSeg = typeof last === 'number' ? '*' : last;
  for (const m of kb.candidates(family, lastSeg)) {
    if (m.kinds && (!doc.kind || !m.kinds.has(doc.kind))) continue;
    if (m.role && m.role !== at.role) continue;
    if (!matchPath(m.pattern, at.path)) continue;
    const range = toRange(model.index, at.node as { range?: [number, number, number] });
    if (range) return { entryId: m.entry.id, range };
  }
  return null;
}
