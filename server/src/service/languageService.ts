// The language service facade: pure functions over a parsed document model. The LSP server, the CLI and the
// tests all go through here (the pattern of vscode-json-languageservice's getLanguageService).
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, Location, Position, Range } from 'vscode-languageserver-types';
import { parseDocument, yamlDocAt, type DocumentModel, type ParseInput } from './model';
import type { Finding, KbHit, ServiceSettings } from './types';
import type { ServiceData } from './data/schema';
import { KnowledgeBase } from './kb/knowledgeBase';
import { renderEntry } from './kb/render';
import { RuleRegistry } from './rules/registry';
import { runChecks, type EngineOptions } from './rules/engine';
import { toCodeActions, toDiagnostic } from './rules/render';
import { ALL_CHECKS, providerFor } from './checks';
import type { Check } from './rules/check';
import type { CompletionSpec, FeatureContext } from './provider';
import { pick } from './kb/knowledgeBase';
import { rangesOverlap } from './text';
import { NO_FS, type WorkspaceFs } from './workspace/fs';

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

export interface LanguageService {
  readonly kb: KnowledgeBase;
  readonly rules: RuleRegistry;
  parse(input: ParseInput): DocumentModel;
  /** Knowledge-base hit under the cursor (ids and ranges; what tests assert). */
  findHover(model: DocumentModel, pos: Position): KbHit | null;
  doHover(model: DocumentModel, pos: Position, settings: ServiceSettings, opts?: HoverOptions): Hover | null;
  /** Findings of all enabled rules (ids, ranges, args; what tests assert). */
  findings(model: DocumentModel, settings: ServiceSettings): Finding[];
  doValidation(model: DocumentModel, settings: ServiceSettings): Diagnostic[];
  doCodeActions(model: DocumentModel, range: Range, settings: ServiceSettings): CodeAction[];
  /** Completion proposals (unrendered: labels, kinds, entry ids; what tests assert). */
  findCompletions(model: DocumentModel, pos: Position): CompletionSpec[];
  doComplete(model: DocumentModel, pos: Position, settings: ServiceSettings, opts?: CompletionOptions): CompletionList;
  /** The documentation of a knowledge-base entry, rendered as a completion item's (for completionItem/resolve). */
  documentationFor(entryId: string, settings: ServiceSettings, opts?: HoverOptions): CompletionItem['documentation'];
  doDefinition(model: DocumentModel, pos: Position): Location[];
  /** Set the workspace file access (the LSP server knows the workspace folders only after initialize). */
  setWorkspaceFs(fs: WorkspaceFs): void;
  readonly fs: WorkspaceFs;
}

export function createLanguageService(opts: LanguageServiceOptions): LanguageService {
  const kb = new KnowledgeBase(opts.data);
  const rules = new RuleRegistry(opts.data.rules);
  const checks = opts.checks ?? ALL_CHECKS;
  const reported = new Set<string>();
  let fs = opts.fs ?? NO_FS;
  const engine: EngineOptions = {
    fs,
    budgetMs: opts.validationBudgetMs,
    onCheckError: (rule, e) => {
      if (reported.has(rule)) return;
      reported.add(rule);
      opts.onCheckError?.(rule, e);
    },
  };
  // Findings are cached per model (a model is one document version), so code actions after a validation are free.
  const findingCache = new WeakMap<DocumentModel, { key: string; findings: Finding[] }>();

  function findings(model: DocumentModel, settings: ServiceSettings): Finding[] {
    const key = JSON.stringify(settings.rules);
    const hit = findingCache.get(model);
    if (hit && hit.key === key) return hit.findings;
    const list = runChecks(model, checks, rules, settings, engine);
    findingCache.set(model, { key, findings: list });
    return list;
  }

  /** The cursor's context and the provider of the format under it (per YAML document in multi-document files). */
  function featureContext(model: DocumentModel, position: Position): { ctx: FeatureContext; format: ReturnType<typeof providerFor> } | null {
    if (model.skipped) return null;
    const offset = model.index.offsetAt(position);
    // Clients may ask past the end of a line or of the document: providers see the position clamped into it.
    position = model.index.positionAt(offset);
    if (model.dockerfile) return { ctx: { model, position, offset, kb, fs }, format: providerFor('dockerfile') };
    if (model.yaml) {
      const doc = yamlDocAt(model, offset);
      if (!doc?.format) return null;
      return { ctx: { model, position, offset, kb, doc, fs }, format: providerFor(doc.format) };
    }
    return null;
  }

  function findHover(model: DocumentModel, pos: Position): KbHit | null {
    const fc = featureContext(model, pos);
    return fc?.format?.hover?.(fc.ctx) ?? null;
  }

  return {
    kb,
    rules,
    get fs() {
      return fs;
    },
    setWorkspaceFs(next) {
      fs = next;
      engine.fs = next;
    },
    parse: parseDocument,
    findHover,
    doHover(model, pos, settings, hoverOpts = {}) {
      const hit = findHover(model, pos);
      if (!hit) return null;
      const entry = kb.get(hit.entryId);
      if (!entry) return null;
      const markdown = hoverOpts.markdown ?? true;
      const value = renderEntry(kb, entry, { locale: settings.locale, markdown, notesFolders: settings.notesFolders, fileExists: opts.fileExists }, hit.facts, hit.args);
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
    findCompletions(model, pos) {
      const fc = featureContext(model, pos);
      return fc?.format?.complete?.(fc.ctx) ?? [];
    },
    doComplete(model, pos, settings, completeOpts = {}) {
      const markdown = completeOpts.markdown ?? true;
      const items: CompletionItem[] = this.findCompletions(model, pos).map((c) => {
        const entry = c.entryId ? kb.get(c.entryId) : undefined;
        const item: CompletionItem = { label: c.label, kind: c.kind };
        const text = c.insertText ?? c.label;
        if (c.range) item.textEdit = { range: c.range, newText: text };
        else if (c.insertText) item.insertText = c.insertText;
        if (c.snippet) item.insertTextFormat = 2;
        else if (c.format) item.insertTextFormat = c.format;
        item.detail = c.detail ?? (entry ? pick(entry.title, settings.locale) : undefined);
        if (entry && completeOpts.documentation === false) item.data = { entryId: entry.id };
        else if (entry) item.documentation = this.documentationFor(entry.id, settings, { markdown });
        if (c.sortText) item.sortText = c.sortText;
        if (c.filterText) item.filterText = c.filterText;
        if (c.retrigger) item.command = { title: 'suggest', command: 'editor.action.triggerSuggest' };
        return item;
      });
      return { isIncomplete: false, items };
    },
    documentationFor(entryId, settings, docOpts = {}) {
      const entry = kb.get(entryId);
      if (!entry) return undefined;
      const markdown = docOpts.markdown ?? true;
      return { kind: markdown ? 'markdown' : 'plaintext', value: renderEntry(kb, entry, { locale: settings.locale, markdown, notesFolders: settings.notesFolders, fileExists: opts.fileExists }) };
    },
    doDefinition(model, pos) {
      const fc = featureContext(model, pos);
      return fc?.format?.definition?.(fc.ctx) ?? [];
    },
    doCodeActions(model, range, settings) {
      const relevant = findings(model, settings).filter((f) => rangesOverlap(f.range, range));
      return toCodeActions(model, relevant, rules, kb, settings);
    },
  };
}
