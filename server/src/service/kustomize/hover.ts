// Kustomize hovers: every field's knowledge-base entry (entries with `match.path`, family `kustomize`), values with
// their own entries (generator behavior, sortOptions.order, JSON patch ops), and facts of this very build — what a
// resource path brings (kinds and names), the names and namespaces the objects end up with under namePrefix /
// nameSuffix / namespace, which objects a patch or an images/replicas entry acts on.
import { posix } from 'node:path';
import type { YamlFeatureContext } from '../kinds/yaml';
import { JSON_PATCH_KIND } from '../kinds/yaml';
import type { Fact, KbHit, Locale } from '../types';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { yamlPathHover } from '../kb/pathHover';
import { basename, dirOf, kustomizationIn } from '../common/paths';
import { getValue, scalarString, toRange } from '../yaml';
import { imageName, inputsOf, outputsOf, select, type Build, type GraphObject } from './graph';
import { kustomizationRefs, ownFacts } from './model';
import { patchEntries, patchFileShape, inlineShape } from './patches';

const MAX_LISTED = 8;
const where = (o: GraphObject) => `${basename(o.file)}:${o.range.start.line + 1}`;

/** An object the build names: its kind and name (an unfinished manifest without them is not listed). */
type Named = GraphObject & { kind: string; name: string };
const isNamed = (o: GraphObject): o is Named => !!o.kind && !!o.name;

function listFacts(all: GraphObject[], make: (o: Named) => Fact): Fact[] {
  const objects = all.filter(isNamed);
  const out = objects.slice(0, MAX_LISTED).map(make);
  if (objects.length > MAX_LISTED) out.push({ id: 'fact.kus.more', args: { n: String(objects.length - MAX_LISTED) } });
  return out;
}

/** Why part of the build cannot be known here, in the reader's words (`kus.opaque.<reason>` ui strings). */
const opaqueFact = (b: Build, kb: KnowledgeBase): Fact[] => {
  if (b.complete) return [];
  const why = (locale: Locale) => b.opaque.map((r) => kb.ui(`kus.opaque.${r}`, locale)).join(', ');
  return [{ id: 'fact.kus.opaque', localArgs: { why: { ko: why('ko'), en: why('en') } } }];
};

export function kustomizeHover(ctx: YamlFeatureContext): KbHit | null {
  const { model, unit: doc, kb, cursor: at } = ctx;
  if (at.role === 'none' || !at.path.length || !at.node) return null;
  const range = toRange(model.index, at.node as { range?: [number, number, number] });
  if (!range) return null;
  const path = at.path;
  const last = path[path.length - 1];
  const value = at.role === 'value' ? scalarString(at.node) : undefined;

  // Values with an explanation of their own.
  if (value !== undefined) {
    let id: string | undefined;
    if (doc.kind === JSON_PATCH_KIND && last === 'op') id = `kustomize.jsonpatch.op.${value}`;
    else if (last === 'behavior') id = `kustomize.value.behavior.${value}`;
    else if (path.join('.') === 'sortOptions.order') id = `kustomize.value.sortOptions.order.${value}`;
    if (id && kb.get(id)) return { entryId: id, range };
  }
  // A list item (a resource path, a patch file name) is explained by its list's entry.
  const hit = yamlPathHover(ctx, 'kustomize') ?? (typeof last === 'number' && value !== undefined ? yamlPathHover({ ...ctx, cursor: { ...at, path: path.slice(0, -1) } }, 'kustomize') : null);
  if (!hit || doc.kind === JSON_PATCH_KIND || !ctx.fs.available || !ctx.fs.contains(model.path)) return hit;
  const facts = buildFacts(ctx, path, value);
  if (facts.length) hit.facts = [...(hit.facts ?? []), ...facts];
  return hit;
}

/** Facts of the build for the field or value under the cursor. */
function buildFacts(ctx: YamlFeatureContext, path: (string | number)[], value: string | undefined): Fact[] {
  const { model, unit: doc, fs, workspace } = ctx;
  const top = path[0];
  const own = ownFacts(model, doc);
  // A path entry: what it brings into the build.
  if (value !== undefined) {
    const ref = kustomizationRefs(doc).find((r) => r.node === ctx.cursor.node);
    if (ref && (ref.expect === 'resource' || ref.expect === 'kustomization')) {
      const abs = posix.resolve(dirOf(model.path), ref.value);
      if (!fs.exists(abs)) return [];
      if (fs.isDirectory(abs)) {
        const k = kustomizationIn(fs, abs);
        if (!k) return [];
        const b = outputsOf(fs, workspace, k);
        return [...listFacts(b.objects, (o) => ({ id: 'fact.kus.brings', args: { kind: o.kind, name: o.name, where: where(o) } })), ...opaqueFact(b, ctx.kb)];
      }
      const objs = workspace.factsOf(abs, 'yaml')?.kubernetes ?? [];
      return listFacts(objs.map((o) => ({ group: '', version: '', kind: o.kind, name: o.name, orgName: o.name, labels: {}, images: [], file: abs, range: o.range })), (o) => ({ id: 'fact.kus.brings', args: { kind: o.kind, name: o.name, where: where(o) } }));
    }
  }
  // namePrefix / nameSuffix / namespace: what the objects end up as.
  if ((top === 'namePrefix' || top === 'nameSuffix' || top === 'namespace') && path.length === 1) {
    const before = inputsOf(fs, workspace, model.path, own);
    const after = outputsOf(fs, workspace, model.path, own);
    const pairs = after.objects.map((o, i) => ({ o, from: before.objects[i] }));
    if (top === 'namespace') {
      return [...listFacts(pairs.map((p) => p.o), (o): Fact => (o.namespace ? { id: 'fact.kus.inNamespace', args: { kind: o.kind, name: o.name, namespace: o.namespace } } : { id: 'fact.kus.noNamespace', args: { kind: o.kind, name: o.name } })), ...opaqueFact(after, ctx.kb)];
    }
    return [...listFacts(pairs.map((p) => p.o), (o) => ({ id: 'fact.kus.renamed', args: { kind: o.kind, from: pairs.find((p) => p.o === o)?.from?.name ?? o.orgName ?? o.name, to: o.name } })), ...opaqueFact(after, ctx.kb)];
  }
  // A patch (its path, its inline text or its target): the objects it changes.
  if (top === 'patches' || top === 'patchesJson6902' || top === 'patchesStrategicMerge') {
    const index = path[1];
    const entry = patchEntries(doc.yaml.doc.contents).filter((e) => e.key === top)[typeof index === 'number' ? index : -1];
    if (!entry) return [];
    const b = inputsOf(fs, workspace, model.path, own);
    let picked: GraphObject[] | undefined;
    if (entry.target) picked = select(b.objects, entry.target);
    else {
      const shape = entry.inline ? inlineShape(model, entry.inline) : entry.file ? patchFileShape(fs, model.path, entry.file) : undefined;
      if (shape?.shape === 'smp') picked = b.objects.filter((o) => shape.docs.some((d) => d.kind === o.kind && (d.name === o.orgName || d.name === o.name) && d.group === o.group && d.version === o.version));
    }
    if (!picked) return [];
    return [...(picked.length ? listFacts(picked, (o) => ({ id: 'fact.kus.patches', args: { kind: o.kind, name: o.name, where: where(o) } })) : b.complete ? [{ id: 'fact.kus.patchesNone' }] : []), ...opaqueFact(b, ctx.kb)];
  }
  // An images entry: the containers it retags.
  if ((top === 'images' || top === 'imageTags') && typeof path[1] === 'number') {
    const name = scalarString(getValue(getItem(doc.yaml.doc.contents, top, path[1]), 'name'));
    if (!name) return [];
    const b = inputsOf(fs, workspace, model.path, own);
    const users = b.objects.filter((o) => o.images.some((i) => imageName(i) === name));
    return [...listFacts(users, (o) => ({ id: 'fact.kus.imageUsedBy', args: { kind: o.kind, name: o.name, where: where(o) } })), ...opaqueFact(b, ctx.kb)];
  }
  return [];
}

function getItem(root: unknown, key: string, index: number): unknown {
  const seq = getValue(root, key) as { items?: unknown[] } | undefined;
  return seq?.items?.[index];
}
