// Compose names as the editor moves through them: go to definition, find references, rename (a service, volume,
// network, secret, config or model and every use of it in the file), the Outline, and the facts the workspace index
// keeps (what the file defines, which Dockerfile stage each build targets). All from the references table.
import type { DocumentSymbol, Location, Range, TextEdit } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { YamlDocModel, YamlFeatureContext } from '../kinds/yaml';
import type { RenameEdits, RenameRefusal, RenameTarget } from '../provider';
import type { ComposeFacts, FactsPart, NamedFact, SymbolFact } from '../workspace/facts';
import { basename, dirOf } from '../common/paths';
import { composeIndex, hasVariable, rangeOf, TOP_SECTIONS, type Entry, type TopSection } from './model';
import { definitionAt, describeResource, describeService, partOf, referenceAt, usesOf } from './references';
import { buildOf } from './build';
import { isPartialFile } from './syntax';

// LSP SymbolKind numbers (the service depends on the protocol's types only).
const KIND: Record<TopSection | 'section', number> = { section: 3, services: 5, volumes: 23, networks: 11, secrets: 20, configs: 19, models: 19 };
const SINGULAR: Record<TopSection, string> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config', models: 'model' };

/** The defined name under the cursor: a definition key, or a reference to a defined name. */
function nameAt(ctx: YamlFeatureContext): { section: TopSection; name: string; range: Range; target?: Entry; dynamic: boolean } | undefined {
  const { model, unit: doc, offset } = ctx;
  const ref = referenceAt(model, doc, offset);
  if (ref) return { section: ref.section, name: ref.name, range: ref.range, target: ref.target, dynamic: ref.dynamic };
  const def = definitionAt(model, doc, offset);
  return def ? { section: def.section, name: def.entry.name, range: def.range, target: def.entry, dynamic: hasVariable(def.entry.name) } : undefined;
}

export function composeDefinition({ model, unit: doc, offset }: YamlFeatureContext): Location[] {
  const ref = referenceAt(model, doc, offset);
  const range = ref?.target ? rangeOf(model, ref.target.key) : undefined;
  return range ? [{ uri: model.uri, range }] : [];
}

/** The definition first, then every use. */
export function composeReferencesAt(ctx: YamlFeatureContext): Location[] {
  const at = nameAt(ctx);
  if (!at?.target) return [];
  const { model, unit: doc } = ctx;
  const def = partOf(model, at.target.key, 0, at.name.length);
  return [...(def ? [def] : []), ...usesOf(model, doc, at.section, at.name).map((r) => r.range)].map((range) => ({ uri: model.uri, range }));
}

const OVERRIDES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'];

/** Why a name under the cursor cannot be renamed safely, if it cannot. */
function refusal(ctx: YamlFeatureContext, at: NonNullable<ReturnType<typeof nameAt>>): RenameRefusal | undefined {
  const { model, unit: doc, fs } = ctx;
  if (at.dynamic) return { refused: 'rename.dynamic', args: { name: at.name } };
  if (!at.target) return { refused: 'rename.undefined', args: { name: at.name } };
  // Other files may use the name: an included file, a file a service extends, an override file merged onto this one.
  if (composeIndex(doc).hasInclude) return { refused: 'rename.include', args: { name: at.name } };
  const other = isPartialFile(model, fs) ? basename(model.path) : OVERRIDES.find((n) => fs.exists(`${dirOf(model.path)}/${n}`));
  if (other) return { refused: 'rename.otherFiles', args: { name: at.name, file: other } };
  return undefined;
}

export function composePrepareRename(ctx: YamlFeatureContext): RenameTarget | null {
  const at = nameAt(ctx);
  if (!at) return null;
  return refusal(ctx, at) ?? { range: at.range, placeholder: at.name };
}

/** Compose names: letters, digits, `.`, `_`, `-` (the schema's pattern for every top-level section). */
const NAME = /^[a-zA-Z0-9._-]+$/;

export function composeRename(ctx: YamlFeatureContext, newName: string): RenameEdits | RenameRefusal | null {
  const at = nameAt(ctx);
  if (!at) return null;
  const no = refusal(ctx, at);
  if (no) return no;
  const { model, unit: doc } = ctx;
  if (!NAME.test(newName)) return { refused: 'rename.invalidName', args: { name: newName } };
  if (newName !== at.name && composeIndex(doc)[at.section].has(newName)) return { refused: 'rename.exists', args: { name: newName, section: at.section } };
  const edits: TextEdit[] = [];
  const def = partOf(model, at.target!.key, 0, at.name.length);
  if (def) edits.push({ range: def, newText: newName });
  for (const r of usesOf(model, doc, at.section, at.name)) edits.push({ range: r.range, newText: newName });
  return { [model.uri]: edits };
}

/** The Outline: each top-level section with the names it defines. */
export function composeSymbols(model: DocumentModel, doc: YamlDocModel): DocumentSymbol[] {
  const idx = composeIndex(doc);
  const out: DocumentSymbol[] = [];
  for (const section of TOP_SECTIONS) {
    const entries = [...idx[section].values()];
    if (!entries.length) continue;
    const children: DocumentSymbol[] = [];
    let sectionRange: Range | undefined;
    for (const e of entries) {
      const selection = rangeOf(model, e.key);
      if (!selection) continue;
      const full = rangeOf(model, e.node) ?? selection;
      const range = { start: selection.start, end: full.end.line > selection.end.line || (full.end.line === selection.end.line && full.end.character > selection.end.character) ? full.end : selection.end };
      const traits = section === 'services' ? describeService(e) : describeResource(e);
      const detail = traits.map((t) => (t.value === undefined ? t.key : section === 'services' ? `${t.key} ${t.value}` : `${t.key}: ${t.value}`)).join(', ');
      children.push({ name: e.name, kind: KIND[section] as DocumentSymbol['kind'], range, selectionRange: selection, detail: detail || undefined });
      sectionRange = sectionRange ? { start: sectionRange.start, end: range.end } : range;
    }
    if (!children.length || !sectionRange) continue;
    // In text order (a key written twice keeps its first place in the index), the section spanning them all.
    const before = (x: Range['start'], y: Range['start']) => x.line - y.line || x.character - y.character;
    children.sort((x, y) => before(x.selectionRange.start, y.selectionRange.start));
    sectionRange = { start: children[0].range.start, end: children.map((c) => c.range.end).reduce((m, e) => (before(e, m) > 0 ? e : m)) };
    out.push({ name: section, kind: KIND.section as DocumentSymbol['kind'], range: sectionRange, selectionRange: children[0].selectionRange, children });
  }
  return out;
}

/** What the index keeps of a Compose file: its names (for other files and Ctrl+T) and its builds' targets. */
export function composeFacts(model: DocumentModel, docs: YamlDocModel[]): FactsPart {
  const facts: ComposeFacts = { services: [], volumes: [], networks: [], secrets: [], configs: [], models: [], buildTargets: [] };
  const symbols: SymbolFact[] = [];
  for (const doc of docs) {
    const idx = composeIndex(doc);
    for (const section of TOP_SECTIONS) {
      for (const e of idx[section].values()) {
        const range = rangeOf(model, e.key);
        if (!range) continue;
        const named: NamedFact = { name: e.name, range };
        facts[section].push(named);
        symbols.push({ name: `${SINGULAR[section]} ${e.name}`, kind: KIND[section], range, container: basename(model.path) });
      }
    }
    for (const s of idx.services.values()) {
      const build = buildOf(model, s);
      const range = build?.targetNode && rangeOf(model, build.targetNode);
      if (build?.target && range && !hasVariable(build.target)) facts.buildTargets.push({ service: s.name, dockerfile: build.dockerfile, target: build.target, range });
    }
  }
  return { compose: facts, symbols };
}
