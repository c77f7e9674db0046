import type { DocumentModel } from '../model';
import type { Finding, Fix, ServiceSettings } from '../types';
import type { Check, Report } from './check';
import type { RuleRegistry } from './registry';
import { isSuppressed } from './suppress';
import type { Range } from 'vscode-languageserver-types';
import { NO_FS, type WorkspaceFs } from '../workspace/fs';

export interface EngineOptions {
  /** Stop starting new checks after this many milliseconds (the rest are reported as skipped). */
  budgetMs?: number;
  /** Called once per (rule, message) when a check throws; the other checks still run. */
  onCheckError?: (rule: string, error: unknown) => void;
  now?: () => number;
  fs?: WorkspaceFs;
}

export const TIME_BUDGET_RULE = 'GEN003';

/**
 * Runs the checks that apply to a model: rules switched off are skipped, every check is isolated (one that throws
 * cannot stop the others), the whole run is bounded in time, and findings on suppressed lines are dropped.
 */
export function runChecks(model: DocumentModel, checks: readonly Check[], registry: RuleRegistry, settings: ServiceSettings, opts: EngineOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.budgetMs ?? 3000);
  let stopped = false;
  const fs = opts.fs ?? NO_FS;
  const runOne = (check: Check, body: (report: Report) => void) => {
    if (stopped) return;
    if (now() > deadline) {
      stopped = true;
      findings.push({ ruleId: TIME_BUDGET_RULE, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, args: { ms: String(opts.budgetMs ?? 3000) } });
      return;
    }
    const report: Report = (range: Range, args: Record<string, string> = {}, fixes?: Fix[], variant?: string) => {
      if (isSuppressed(model.suppressions, check.rule, range.start.line)) return;
      findings.push({ ruleId: check.rule, range, args, fixes, variant });
    };
    try {
      body(report);
    } catch (e) {
      opts.onCheckError?.(check.rule, e);
    }
  };

  for (const check of checks) {
    if (!registry.enabled(check.rule, settings)) continue;
    if (check.target === 'model') {
      runOne(check, (report) => check.run({ model, report, fs }));
    } else if (model.skipped) {
      continue;
    } else if (check.target === 'dockerfile') {
      const dockerfile = model.dockerfile;
      if (dockerfile) runOne(check, (report) => check.run({ model, dockerfile, report, fs }));
    } else {
      for (const doc of model.yaml?.docs ?? []) {
        if (doc.format && check.formats.includes(doc.format)) runOne(check, (report) => check.run({ model, doc, report, fs }));
      }
    }
  }
  return findings;
}
