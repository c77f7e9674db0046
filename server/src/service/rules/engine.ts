import type { DocumentModel } from '../model';
import type { Finding, Fix, Localized, ServiceSettings } from '../types';
import { isFileCheck, type Check, type Report } from './check';
import type { RuleRegistry } from './registry';
import { isSuppressed, suppressionsOf } from './suppress';
import type { Range } from 'vscode-languageserver-types';
import { NO_FS, type WorkspaceFs } from '../workspace/fs';
import { NO_WORKSPACE, type WorkspaceView } from '../workspace/view';

export interface EngineOptions {
  /** Stop starting new checks after this many milliseconds (the rest are reported as skipped). */
  budgetMs?: number;
  /** Called once per (rule, message) when a check throws; the other checks still run. */
  onCheckError?: (rule: string, error: unknown) => void;
  now?: () => number;
  fs?: WorkspaceFs;
  workspace?: WorkspaceView;
  /**
   * Per check: the file access and index view it reads through (recording what it reads), and its findings of an
   * earlier run on this model when nothing it read has changed since (the check is then not run).
   */
  scope?: (rule: string) => CheckScope;
}

export interface CheckScope {
  fs: WorkspaceFs;
  workspace: WorkspaceView;
  cached?: Finding[];
  store(findings: Finding[]): void;
}

export const TIME_BUDGET_RULE = 'GEN003';

/**
 * Runs the checks that apply to a model: rules switched off are skipped, every check is isolated (one that throws
 * cannot stop the others), the whole run is bounded in time, and findings on suppressed lines are dropped. A unit
 * check runs on each unit of the formats it names; a file check once, also on files that are not analysed.
 */
export function runChecks(model: DocumentModel, checks: readonly Check[], registry: RuleRegistry, settings: ServiceSettings, opts: EngineOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const now = opts.now ?? Date.now;
  const deadline = now() + (opts.budgetMs ?? 3000);
  let stopped = false;
  const fs = opts.fs ?? NO_FS;
  const workspace = opts.workspace ?? NO_WORKSPACE;
  const suppressions = suppressionsOf(model);
  const runOne = (check: Check, body: (report: Report) => void) => {
    if (stopped) return;
    if (now() > deadline) {
      stopped = true;
      findings.push({ ruleId: TIME_BUDGET_RULE, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, args: { ms: String(opts.budgetMs ?? 3000) } });
      return;
    }
    const report: Report = (range: Range, args: Record<string, string> = {}, fixes?: Fix[], variant?: string, localArgs?: Record<string, Localized>) => {
      if (isSuppressed(suppressions, check.rule, range.start.line)) return;
      findings.push(localArgs ? { ruleId: check.rule, range, args, fixes, variant, localArgs } : { ruleId: check.rule, range, args, fixes, variant });
    };
    try {
      body(report);
    } catch (e) {
      opts.onCheckError?.(check.rule, e);
    }
  };

  // The formats of the model's units: a check of other formats has nothing to look at (and no scope to set up).
  const formats = new Set<string>();
  if (!model.skipped) for (const unit of model.units) if (unit.format) formats.add(unit.format);
  for (const check of checks) {
    if (!isFileCheck(check) && !check.formats.some((f) => formats.has(f))) continue;
    if (!registry.enabled(check.rule, settings)) continue;
    const scope = opts.scope?.(check.rule);
    if (scope?.cached) {
      findings.push(...scope.cached);
      continue;
    }
    const first = findings.length;
    // The scope's file access and index view are made only when the check reads them (most checks never do).
    const context = <T extends object>(extra: T) => ({
      ...extra,
      model,
      settings,
      get fs() {
        return scope ? scope.fs : fs;
      },
      get workspace() {
        return scope ? scope.workspace : workspace;
      },
    });
    if (isFileCheck(check)) {
      runOne(check, (report) => check.run(context({ report })));
    } else if (!model.skipped) {
      for (const unit of model.units) {
        if (!unit.format || !check.formats.includes(unit.format)) continue;
        runOne(check, (report) => check.run(context({ unit, report })));
      }
    }
    // A check cut short by the time budget is not remembered as complete.
    if (scope && !stopped) scope.store(findings.slice(first));
  }
  return findings;
}
