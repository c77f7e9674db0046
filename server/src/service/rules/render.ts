import type { CodeAction, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { DocumentModel } from '../model';
import type { Finding, Locale, ServiceSettings, SeverityName } from '../types';
import type { RuleRegistry } from './registry';
import { fill, forSurface, pick, type KnowledgeBase, type Surface } from '../kb/knowledgeBase';

export const SOURCE = 'DevOps Hints';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The localized message of a finding, for where it is shown (plain text by default: diagnostics are plain text). */
export function findingMessage(f: Finding, registry: RuleRegistry, locale: Locale, surface: Surface = 'plain'): string {
  const rule = registry.get(f.ruleId);
  if (!rule) return f.ruleId;
  const template = (f.variant && rule.variants?.[f.variant]) || rule.message;
  return forSurface(fill(pick(template, locale), argsIn(f, locale)), surface);
}

/** A finding's arguments in one language: its names as found, its words (`localArgs`) in that language. */
export function argsIn(f: Finding, locale: Locale): Record<string, string> {
  if (!f.localArgs) return f.args;
  const out = { ...f.args };
  for (const [k, v] of Object.entries(f.localArgs)) out[k] = pick(v, locale);
  return out;
}

export function toDiagnostic(f: Finding, registry: RuleRegistry, kb: KnowledgeBase, settings: ServiceSettings): Diagnostic | undefined {
  const severity = registry.severity(f.ruleId, settings);
  if (severity === 'off') return undefined;
  const rule = registry.get(f.ruleId);
  const href = rule?.docs?.[0] ?? (rule?.kb ? kb.get(rule.kb)?.docs?.[0] : undefined);
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[severity],
    source: SOURCE,
    code: f.ruleId,
    message: findingMessage(f, registry, settings.locale),
  };
  if (href) d.codeDescription = { href };
  return d;
}

/** Quick fixes for the findings, plus "ignore this rule on this line" for each finding. */
export function toCodeActions(model: DocumentModel, findings: Finding[], registry: RuleRegistry, kb: KnowledgeBase, settings: ServiceSettings): CodeAction[] {
  const actions: CodeAction[] = [];
  const locale = settings.locale;
  const ignoreSeen = new Set<string>();
  for (const f of findings) {
    const diagnostic = toDiagnostic(f, registry, kb, settings);
    if (!diagnostic) continue;
    const rule = registry.get(f.ruleId);
    for (const fix of f.fixes ?? []) {
      const raw = rule?.fixes?.[fix.titleId] ? fill(pick(rule.fixes[fix.titleId], locale), { ...argsIn(f, locale), ...fix.args }) : kb.ui(fix.titleId, locale, { ...argsIn(f, locale), ...fix.args });
      // Quick-fix menus show plain text.
      const title = forSurface(raw, 'plain');
      actions.push({
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [model.uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
      });
    }
    const line = f.range.start.line;
    const key = `${f.ruleId}:${line}`;
    if (ignoreSeen.has(key) || f.ruleId.startsWith('GEN')) continue;
    ignoreSeen.add(key);
    const text = model.index.lineText(line);
    const indent = /^[ \t]*/.exec(text)![0];
    const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    actions.push({
      title: forSurface(kb.ui('fix.ignoreLine', locale, { rule: f.ruleId }), 'plain'),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      edit: { changes: { [model.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# devops-hints-ignore ${f.ruleId}${eol}` }] } },
    });
  }
  return actions;
}
