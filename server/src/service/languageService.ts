// The language service facade: pure functions over a parsed document model and the workspace index. The LSP server,
// the CLI and the tests all go through here (the pattern of vscode-json-languageservice's getLanguageService).
import type {
  CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink,
  DocumentSymbol, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-types';
import { parserFor, unitAt, type DocumentModel, type DocumentUnit, type ParseInput } from './model';
import type { Finding, KbHit, Locale, ServiceSettings } from './types';
import type { ServiceData } from './data/schema';
import { KnowledgeBase } from './kb/knowledgeBase';
import { noteDisplayTitle, renderEntry, renderNoteQuotes } from './kb/render';
import { NotesIndex, type NoteMatch } from './notes/index';
import { hoverQuery } from './notes/query';
import { RuleRegistry } from './rules/registry';
import { runChecks, type CheckScope, type EngineOptions } from './rules/engine';
import { toCodeActions, toDiagnostic } from './rules/render';
import { ALL_CHECKS, FILE_KINDS, extractFacts, fileKindParser, parseDocument, providerFor, PROVIDERS } from './formats';
import type { Check } from './rules/check';
import type { CompletionSpec, FeatureContext, FormatProvider } from './provider';
import { forSurface, pick } from './kb/knowledgeBase';
import { rangesOverlap } from './text';
import { NO_FS, type WorkspaceFs } from './workspace/fs';
import type { WorkspaceView } from './workspace/view';
import { NO_WORKSPACE } from './workspace/view';
import { FACT_PARTS, WorkspaceIndex, type BuildProgress, type BuildResult, type ParallelReader } from './workspace/index';
import { searchSymbols } from './workspace/symbols';
import { dirOf, fileUri, kustomizationIn } from './common/paths';
import { blankSnippets, SNIPPET_ENTRY_PREFIX, snippetEntry } from './snippets';

export interface LanguageServiceOptions {
  data: ServiceData;
  checks?: readonly Check[];
  /** Called when a check throws (once per rule); the service keeps going. */
  onCheckError?: (rule: string, error: unknown) => void;
  /** Time budget of one validation run, in milliseconds. */
  validationBudgetMs?: number;
  fileExists?: (path: string) => boolean;
  /** Workspace files for cross-file checks; without it those checks stay quiet. */
  fs?: WorkspaceFs;
  /** Bounds of the workspace index (tests make them small). */
  indexLimits?: { maxFiles?: number; maxEntries?: number };
}

export interface NotesSearchResult {
  /** How many note files are indexed (0: no folder set, or nothing in it yet). */
  files: number;
  /** The configured folders. */
  folders: string[];
  items: { label: string; description: string; uri: string; line: number }[];
}

export interface HoverOptions {
  markdown?: boolean;
}

export interface CompletionOptions extends HoverOptions {
  /**
   * false: items carry the id of their knowledge-base entry (`entryId`) instead of rendered documentation, for a
   * client that resolves it when an item is shown (`documentationFor`). Rendering every item's documentation is
   * most of a completion's cost.
   */
  documentation?: boolean;
}

/** A rename the service will not do, with the reason in the user's language. */
export interface RenameError {
  error: string;
}

export interface LanguageService {
  readonly kb: KnowledgeBase;
  readonly rules: RuleRegistry;
  /** The workspace index (built by the LSP server in the background, by the CLI at once). */
  readonly workspace: WorkspaceIndex;
  parse(input: ParseInput): DocumentModel;
  /** The file kind that reads a path (`dockerfile`, `yaml`, `inventory`), or `other`. */
  kindOf(path: string, languageId?: string): string;
  /** Knowledge-base hit under the cursor (ids and ranges; what tests assert). */
  findHover(model: DocumentModel, pos: Position): KbHit | null;
  /** The learner's notes (`devopsHints.notesFolders`), indexed by the LSP server in the background. */
  readonly notes: NotesIndex;
  /** The passages of the learner's notes a hover at `pos` quotes (what tests assert), or none. */
  findNoteMatches(model: DocumentModel, pos: Position, settings: ServiceSettings): NoteMatch[];
  doHover(model: DocumentModel, pos: Position, settings: ServiceSettings, opts?: HoverOptions): Hover | null;
  /** "Search my notes": lines of the notes naming every word of the query, with where they are. */
  searchNotes(query: string, settings: ServiceSettings): NotesSearchResult;
  /** Findings of all enabled rules (ids, ranges, args; what tests assert). */
  findings(model: DocumentModel, settings: ServiceSettings): Finding[];
  doValidation(model: DocumentModel, settings: ServiceSettings): Diagnostic[];
  doCodeActions(model: DocumentModel, range: Range, settings: ServiceSettings): CodeAction[];
  /** Completion proposals (unrendered: labels, kinds, entry ids; what tests assert). */
  findCompletions(model: DocumentModel, pos: Position, settings?: ServiceSettings): CompletionSpec[];
  doComplete(model: DocumentModel, pos: Position, settings: ServiceSettings, opts?: CompletionOptions): CompletionList;
  /** The documentation of a knowledge-base entry, rendered as a completion item's (for completionItem/resolve). */
  documentationFor(entryId: string, settings: ServiceSettings, opts?: HoverOptions, args?: Record<string, string>): CompletionItem['documentation'];
  doDefinition(model: DocumentModel, pos: Position): Location[];
  doReferences(model: DocumentModel, pos: Position, includeDeclaration: boolean): Location[];
  /** The range of the name that would be renamed, null where nothing is renamable, or why it cannot be renamed. */
  doPrepareRename(model: DocumentModel, pos: Position, settings: ServiceSettings): { range: Range; placeholder: string } | RenameError | null;
  doRename(model: DocumentModel, pos: Position, newName: string, settings: ServiceSettings): WorkspaceEdit | RenameError | null;
  /** The Outline: every unit's symbols, in text order. */
  documentSymbols(model: DocumentModel): DocumentSymbol[];
  /** A UI string in the user's language, as plain text (messages of commands the server runs). */
  uiText(id: string, settings: ServiceSettings, args?: Record<string, string>): string;
  /** The folder of the kustomization a file is (or sits next to), for "Preview kustomize build"; undefined if none. */
  kustomizationFolderOf(path: string): string | undefined;
  /** The paths of a document that lead to files, as links (a kustomization's resources, patches, generator files …). */
  documentLinks(model: DocumentModel): DocumentLink[];
  /** Ctrl+T: the indexed names matching a query (empty until the index is ready). */
  workspaceSymbols(query: string, limit?: number): SymbolInformation[];
  /** An open document was parsed again: its facts replace its file's. The other documents to validate again. */
  documentChanged(model: DocumentModel): Set<string>;
  /** An open document was closed. The documents to validate again. */
  documentClosed(model: DocumentModel): Set<string>;
  /** A file changed on disk (watched-file event). The documents to validate again. */
  fileChanged(path: string, type: 'created' | 'changed' | 'deleted'): Set<string>;
  /** Build the index of the workspace at once (CLI, tests). */
  indexWorkspace(roots: string[]): BuildResult;
  /** Build the index in the background, in slices; the documents to validate again once it is ready. */
  buildIndex(roots: string[], opts?: { onProgress?: (p: BuildProgress) => void; sliceMs?: number; parallel?: ParallelReader }): Promise<{ result: BuildResult; revalidate: Set<string> }>;
  /** Set the workspace file access (the LSP server knows the workspace folders only after initialize). */
  setWorkspaceFs(fs: WorkspaceFs): void;
  readonly fs: WorkspaceFs;
}


export function createLanguageService(opts: LanguageServiceOptions): LanguageService {
  const kb = new KnowledgeBase(opts.data);
  for (const p of PROVIDERS) if (p.entries) kb.addResolver(p.entries.prefix, p.entries.resolve);
  kb.addResolver(SNIPPET_ENTRY_PREFIX, snippetEntry);
  const rules = new RuleRegistry(opts.data.rules);
  const checks = opts.checks ?? ALL_CHECKS;
  const reported = new Set<string>();
  let fs = opts.fs ?? NO_FS;
  const engine: EngineOptions = {
    budgetMs: opts.validationBudgetMs,
    onCheckError: (rule, e) => {
      if (reported.has(rule)) return;
      reported.add(rule);
      opts.onCheckError?.(rule, e);
    },
  };
  const parse = (input: ParseInput) => parseDocument(input);

  const index = new WorkspaceIndex({
    fs: () => fs,
    claims: (path) => !!parserFor(FILE_KINDS, path),
    parse: (path, text, languageId) => parse({ uri: fileUri(path), path, text, languageId }),
    extract: extractFacts,
  }, opts.indexLimits);

  // Findings are cached per model (a model is one document version) together with the stamps of what they read in
  // the workspace: they are computed again when one of those changed, and code actions after a validation are free.
  const findingCache = new WeakMap<DocumentModel, { key: string; snapshot: [string, number][]; findings: Finding[] }>();

  // And per check: when the workspace changes, only the checks that read what changed run again on this model.
  const checkCache = new WeakMap<DocumentModel, Map<string, { key: string; keys: Set<string>; snapshot: [string, number][]; findings: Finding[] }>>();

  function findings(model: DocumentModel, settings: ServiceSettings): Finding[] {
    const key = JSON.stringify([settings.rules, settings.kubernetesVersion ?? '']);
    const hit = findingCache.get(model);
    if (hit && hit.key === key && index.isCurrent(hit.snapshot)) return hit.findings;
    let perCheck = checkCache.get(model);
    if (!perCheck) checkCache.set(model, (perCheck = new Map()));
    const keys = new Set<string>();
    const thisRun = new Set<string>();
    const scope = (rule: string): CheckScope => {
      // Findings of an earlier run only (a check list with a rule twice runs it twice).
      const c = thisRun.has(rule) ? undefined : perCheck!.get(rule);
      thisRun.add(rule);
      if (c && c.key === key && index.isCurrent(c.snapshot)) {
        for (const k of c.keys) keys.add(k);
        return { fs, workspace: NO_WORKSPACE, cached: c.findings, store: () => undefined };
      }
      const own = new Set<string>();
      // The recording view is made when the check first reads the workspace or the disk (most checks never do).
      let made: { view: WorkspaceView; fs: WorkspaceFs } | undefined;
      const make = () => (made ??= index.view(own));
      return {
        get fs() {
          return make().fs;
        },
        get workspace() {
          return make().view;
        },
        store(list) {
          perCheck!.set(rule, { key, keys: own, snapshot: index.snapshot(own), findings: list });
          for (const k of own) keys.add(k);
        },
      };
    };
    const list = runChecks(model, checks, rules, settings, { ...engine, scope });
    index.setDependencies(model.uri, keys);
    findingCache.set(model, { key, snapshot: index.snapshot(keys), findings: list });
    return list;
  }

  /** The cursor's context and the provider of the format under it (per YAML document in multi-document files). */
  function featureContext(model: DocumentModel, position: Position): { ctx: FeatureContext; provider: FormatProvider } | null {
    if (model.skipped) return null;
    const offset = model.index.offsetAt(position);
    const unit = unitAt<DocumentUnit>(model, offset);
    const provider = providerFor(unit?.format);
    if (!unit || !provider) return null;
    const parser = fileKindParser(model.kind);
    const { view } = index.view();
    // Clients may ask past the end of a line or of the document: providers see the position clamped into it.
    return {
      ctx: { model, unit, cursor: parser?.cursor?.(model, unit, offset), position: model.index.positionAt(offset), offset, kb, fs, workspace: view },
      provider,
    };
  }

  function findHover(model: DocumentModel, pos: Position): KbHit | null {
    const fc = featureContext(model, pos);
    return fc?.provider.hover?.(fc.ctx) ?? null;
  }

  const lineHasFindings = (model: DocumentModel, line: number, settings: ServiceSettings): boolean => {
    try {
      // Hints are not shown above a hover (VS Code draws them as dots, not as problems).
      return findings(model, settings).some((f) => f.range.start.line <= line && f.range.end.line >= line && !['hint', 'off'].includes(rules.severity(f.ruleId, settings)));
    } catch {
      return false;
    }
  };
  const notes = new NotesIndex();
  const noteMatchesFor = (model: DocumentModel, hit: KbHit, settings: ServiceSettings): NoteMatch[] => {
    if (!settings.notesFolders?.length || !notes.size) return [];
    const entry = kb.get(hit.entryId);
    if (!entry) return [];
    const hovered = model.text.slice(model.index.offsetAt(hit.range.start), model.index.offsetAt(hit.range.end)).slice(0, 200);
    const cited = (entry.notes ?? []).flatMap((c) => {
      const note = kb.note(c.note);
      return note ? [{ file: note.file, section: c.section }] : [];
    });
    const folders = settings.notesFolders.map((f) => f.replace(/[\\/]+$/, ''));
    return notes
      .match(hoverQuery({ entry, hovered, cited }))
      .filter((m) => folders.some((f) => m.path.startsWith(f + '/') || m.path.startsWith(f + '\\')));
  };

  const refusal = (locale: Locale, r: { refused: string; args?: Record<string, string> }): RenameError => ({ error: forSurface(kb.ui(r.refused, locale, r.args), 'plain') });

  const changedDocuments = (keys: string[], except?: string): Set<string> => {
    const out = index.dependentsOf(keys);
    if (except) out.delete(except);
    return out;
  };

  return {
    kb,
    rules,
    workspace: index,
    get fs() {
      return fs;
    },
    setWorkspaceFs(next) {
      fs = next;
    },
    parse,
    kindOf: (path, languageId) => parserFor(FILE_KINDS, path, languageId)?.kind ?? 'other',
    findHover,
    notes,
    findNoteMatches(model, pos, settings) {
      const hit = findHover(model, pos);
      return hit ? noteMatchesFor(model, hit, settings) : [];
    },
    searchNotes(query, settings) {
      const folders = settings.notesFolders ?? [];
      const items = notes.search(query, 60).map((m) => {
        const line = m.lines[0]?.line ?? m.start;
        return { label: (m.lines[0]?.text ?? '').trim().slice(0, 160), description: noteDisplayTitle(kb, m, settings.locale), uri: fileUri(m.path), line };
      });
      return { files: notes.size, folders, items };
    },
    doHover(model, pos, settings, hoverOpts = {}) {
      const hit = findHover(model, pos);
      if (!hit) return null;
      const entry = kb.get(hit.entryId);
      if (!entry) return null;
      const markdown = hoverOpts.markdown ?? true;
      // VS Code shows a line's problems above the hover's text: there the explanation keeps only its first paragraph.
      const problemsHere = lineHasFindings(model, hit.range.start.line, settings);
      const renderOpts = { locale: settings.locale, markdown, notesFolders: settings.notesFolders, fileExists: opts.fileExists, brief: true, bullets: problemsHere ? 0 : undefined };
      let value = renderEntry(kb, entry, renderOpts, hit.facts, hit.args);
      const quotes = noteMatchesFor(model, hit, settings);
      if (quotes.length) value += renderNoteQuotes(kb, quotes, renderOpts);
      return { contents: { kind: markdown ? 'markdown' : 'plaintext', value }, range: hit.range };
    },
    findings,
    doValidation(model, settings) {
      const out: Diagnostic[] = [];
      for (const f of findings(model, settings)) {
        const d = toDiagnostic(f, rules, kb, settings);
        if (d) out.push(d);
      }
      return out;
    },
    findCompletions(model, pos, settings) {
      const fc = featureContext(model, pos);
      if (fc && settings) fc.ctx.settings = settings;
      const own = fc?.provider.complete?.(fc.ctx) ?? [];
      // A blank document (often of no format yet) gets the whole-file snippets its path allows.
      const blank = model.skipped ? [] : blankSnippets(model, model.index.offsetAt(pos));
      return blank.length ? [...own, ...blank] : own;
    },
    doComplete(model, pos, settings, completeOpts = {}) {
      const markdown = completeOpts.markdown ?? true;
      const items: CompletionItem[] = this.findCompletions(model, pos, settings).map((c) => {
        const entry = c.entryId ? kb.get(c.entryId) : undefined;
        const item: CompletionItem = { label: c.label, kind: c.kind };
        const text = c.insertText ?? c.label;
        if (c.range) item.textEdit = { range: c.range, newText: text };
        else if (c.insertText) item.insertText = c.insertText;
        if (c.snippet) item.insertTextFormat = 2;
        else if (c.format) item.insertTextFormat = c.format;
        item.detail = c.detail ?? (entry ? pick(entry.title, settings.locale) : undefined);
        if (entry && completeOpts.documentation === false) item.data = c.entryArgs ? { entryId: entry.id, args: c.entryArgs } : { entryId: entry.id };
        else if (entry) item.documentation = this.documentationFor(entry.id, settings, { markdown }, c.entryArgs);
        if (c.sortText) item.sortText = c.sortText;
        if (c.filterText) item.filterText = c.filterText;
        if (c.retrigger) item.command = { title: 'suggest', command: 'editor.action.triggerSuggest' };
        return item;
      });
      return { isIncomplete: false, items };
    },
    documentationFor(entryId, settings, docOpts = {}, args) {
      const entry = kb.get(entryId);
      if (!entry) return undefined;
      const markdown = docOpts.markdown ?? true;
      return { kind: markdown ? 'markdown' : 'plaintext', value: renderEntry(kb, entry, { locale: settings.locale, markdown, notesFolders: settings.notesFolders, fileExists: opts.fileExists }, [], args) };
    },
    doCodeActions(model, range, settings) {
      const relevant = findings(model, settings).filter((f) => rangesOverlap(f.range, range));
      return toCodeActions(model, relevant, rules, kb, settings);
    },
    doDefinition(model, pos) {
      const fc = featureContext(model, pos);
      return fc?.provider.definition?.(fc.ctx) ?? [];
    },
    doReferences(model, pos, includeDeclaration) {
      const fc = featureContext(model, pos);
      const all = fc?.provider.references?.(fc.ctx) ?? [];
      if (includeDeclaration || !all.length) return all;
      // The provider lists the definition first.
      return all.slice(1);
    },
    doPrepareRename(model, pos, settings) {
      const fc = featureContext(model, pos);
      const t = fc?.provider.prepareRename?.(fc.ctx) ?? null;
      if (!t) return null;
      return 'refused' in t ? refusal(settings.locale, t) : t;
    },
    doRename(model, pos, newName, settings) {
      const fc = featureContext(model, pos);
      const r = fc?.provider.rename?.(fc.ctx, newName) ?? null;
      if (!r) return null;
      if ('refused' in r && typeof r.refused === 'string') return refusal(settings.locale, r as { refused: string; args?: Record<string, string> });
      return { changes: r as WorkspaceEdit['changes'] };
    },
    documentSymbols(model) {
      if (model.skipped) return [];
      const out: DocumentSymbol[] = [];
      for (const unit of model.units) {
        const p = providerFor(unit.format);
        if (p?.symbols) out.push(...p.symbols(model, unit));
      }
      return out;
    },
    uiText(id, settings, args) {
      return forSurface(kb.ui(id, settings.locale, args), 'plain');
    },
    kustomizationFolderOf(path) {
      // A kustomization file, or any file of a folder that has one.
      const dir = dirOf(path);
      return kustomizationIn(fs, dir) ? dir : undefined;
    },
    documentLinks(model) {
      if (model.skipped) return [];
      const out: DocumentLink[] = [];
      for (const unit of model.units) {
        const p = providerFor(unit.format);
        if (p?.links) for (const l of p.links(model, unit, fs)) out.push({ range: l.range, target: fileUri(l.target) });
      }
      return out;
    },
    workspaceSymbols(query, limit = 500) {
      const all = index.all();
      return all ? searchSymbols(all, query, limit, fileUri) : [];
    },
    documentChanged(model) {
      return changedDocuments(index.setOpen(model.path, model), model.uri);
    },
    documentClosed(model) {
      index.forget(model.uri);
      return changedDocuments(index.closeOpen(model.path), model.uri);
    },
    fileChanged(path, type) {
      return changedDocuments(index.fileChanged(path, type));
    },
    indexWorkspace: (roots) => index.indexSync(roots),
    async buildIndex(roots, buildOpts = {}) {
      const result = await index.build(roots, buildOpts);
      return { result, revalidate: index.ready ? changedDocuments(['ready', 'all', ...FACT_PARTS.map((p) => `all:${p}`)]) : new Set() };
    },
  };
}
