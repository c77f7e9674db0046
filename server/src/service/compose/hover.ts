// Compose hovers: a reference (service / volume / network … name) → where it is defined and what it is; a value
// with its own explanation (restart policies, depends_on conditions, port and volume syntax, network_mode,
// pull_policy); otherwise the key's knowledge-base entry (entries with `match.path`).
import type { YamlFeatureContext } from '../kinds/yaml';
import type { KbHit } from '../types';
import { yamlPathHover } from '../kb/pathHover';
import { getValue, scalarString, toRange, type YamlPath } from '../yaml';
import { imageFacts } from '../common/image';
import { definitionAt, referenceAt, describeResource, describeService, usesOf, type Reference, type Trait } from './references';
import type { DocumentModel } from '../model';
import type { Fact } from '../types';
import type { TopSection } from './model';
import { parsePort, volumeOf } from './syntax';
import { restartPolicyOf } from './values';

/** A hit whose entry has `{placeholders}` to fill (reference hovers: name, line, what it is). */
export interface ComposeHit extends KbHit {
  args?: Record<string, string>;
}

export function composeHover(ctx: YamlFeatureContext): ComposeHit | null {
  const { model, unit: doc, offset, kb, cursor: at } = ctx;
  const ref = referenceAt(model, doc, offset);
  if (ref) {
    const single = ref.section.slice(0, -1);
    if (!ref.target) return { entryId: `compose.ref.undefined`, range: ref.range, args: { name: ref.name, kind: ref.section } };
    const line = String(model.index.positionAt((ref.target.key as { range?: [number, number, number] }).range?.[0] ?? 0).line + 1);
    const id = `compose.ref.${single}`;
    if (kb.get(id)) return { entryId: id, range: ref.range, args: { name: ref.name, line }, facts: traitFacts(ref.section === 'services' ? describeService(ref.target) : describeResource(ref.target)) };
  }
  // A definition (a key under a top-level section): what it is and where the file uses it.
  const def = definitionAt(model, doc, offset);
  if (def) {
    const id = `compose.def.${def.section.slice(0, -1)}`;
    const traits = traitFacts(def.section === 'services' ? describeService(def.entry) : describeResource(def.entry));
    if (kb.get(id)) return { entryId: id, range: def.range, args: { name: def.entry.name }, facts: [...traits, ...usesFacts(model, usesOf(model, doc, def.section, def.entry.name), def.section)] };
  }
  if (at.role === 'value' && at.node) {
    const id = valueEntry(at.path, scalarString(at.node));
    const range = toRange(model.index, at.node as { range?: [number, number, number] });
    if (id && kb.get(id) && range) return { entryId: id, range };
  }
  const hit = yamlPathHover(ctx, 'compose');
  // A service's image: its registry, repository and tag, as FROM shows them.
  if (hit?.entryId === 'compose.services.image') {
    const facts = imageFacts(scalarString(getValue(at.parent, 'image')));
    if (facts.length) hit.facts = facts;
  }
  return hit;
}

/** The knowledge-base entry explaining a value, from its path and text. */
export function valueEntry(path: YamlPath, value: string | undefined): string | undefined {
  if (value === undefined || path[0] !== 'services' || path.length < 3) return undefined;
  const key = path[2];
  const tail = path.slice(3);
  if (key === 'restart' && tail.length === 0) return `compose.value.restart.${restartPolicyOf(value)}`;
  if (key === 'pull_policy' && tail.length === 0) return `compose.value.pull_policy.${value.startsWith('every_') ? 'every' : value}`;
  if (key === 'network_mode' && tail.length === 0) {
    const mode = /^(service|container):/.exec(value)?.[1] ?? value;
    return `compose.value.network_mode.${mode}`;
  }
  if (key === 'depends_on' && tail.length === 2 && tail[1] === 'condition') return `compose.value.condition.${value}`;
  if (key === 'ports' && tail.length === 1 && typeof tail[0] === 'number') {
    const p = parsePort(value);
    if (!p) return undefined;
    if (p.hostStart === undefined) return 'compose.value.port.container-only';
    if (p.hostIp) return 'compose.value.port.host-ip';
    if (p.hostEnd !== p.hostStart) return 'compose.value.port.range';
    return 'compose.value.port.host-container';
  }
  if (key === 'volumes' && tail.length === 1 && typeof tail[0] === 'number') {
    const v = volumeOf(value);
    if (!v) return undefined;
    if (!v.source) return 'compose.value.volume.anonymous';
    if (v.type === 'bind') return v.readOnly ? 'compose.value.volume.bind-ro' : 'compose.value.volume.bind';
    return v.readOnly ? 'compose.value.volume.named-ro' : 'compose.value.volume.named';
  }
  if (key === 'logging' && tail.length === 1 && tail[0] === 'driver') return `compose.value.logging.${value}`;
  return undefined;
}

/** Up to five uses of a defined name, one fact each (line, service, key), then how many more. */
/** What a definition says of itself, as facts (none when it says nothing: the entry's text stands alone). */
function traitFacts(traits: Trait[]): Fact[] {
  return traits.map((t): Fact => {
    if (t.key === 'image') return { id: 'fact.compose.image', args: { image: t.value! } };
    if (t.key === 'build') return { id: 'fact.compose.build', args: { path: t.value! } };
    if (t.value === undefined) return { id: 'fact.compose.ipam' };
    return { id: 'fact.compose.setting', args: { key: t.key, value: t.value } };
  });
}

function usesFacts(_model: DocumentModel, uses: Reference[], section: TopSection): Fact[] {
  if (!uses.length) return section === 'services' ? [{ id: 'fact.compose.notReferenced' }] : [{ id: 'fact.compose.unused' }];
  const facts: Fact[] = uses.slice(0, 5).map((u) => ({ id: 'fact.compose.use', args: { line: String(u.range.start.line + 1), service: u.service, via: u.via } }));
  if (uses.length > 5) facts.push({ id: 'fact.compose.more', args: { count: String(uses.length - 5) } });
  return facts;
}
