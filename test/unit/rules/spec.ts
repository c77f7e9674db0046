// A hadolint-style spec for one rule: documents where it must fire (with the expected lines), documents where it
// must not, and optionally the text a quick fix produces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';
import type { ServiceSettings } from '../../../server/src/service/types';

export interface RuleSpec {
  /** File name the documents are parsed as (classification depends on it). */
  path?: string;
  /** [document, expected findings as `RULE@line`]. */
  fires: [string, string[]][];
  quiet: string[];
  /** [document, line (1-based) of the finding, expected document after applying its preferred fix]. */
  fixes?: [string, number, string][];
  settings?: ServiceSettings;
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[], uri: string): string {
  const m = model('x', text);
  void uri;
  const sorted = [...edits].sort((a, b) => m.index.offsetAt(b.range.start) - m.index.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, m.index.offsetAt(e.range.start)) + e.newText + out.slice(m.index.offsetAt(e.range.end));
  return out;
}

/** The text after applying a finding's first quick fix. */
export function applyFirstFix(text: string, f: { fixes?: { edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] }[] }): string {
  return applyEdits(text, f.fixes?.[0]?.edits ?? [], '');
}

export function ruleSpec(rule: string, spec: RuleSpec): void {
  const path = spec.path ?? 'Dockerfile';
  const settings = spec.settings ?? EN;
  test(`${rule} fires`, () => {
    assert.ok(spec.fires.length >= 3, 'at least three cases that fire');
    for (const [text, expected] of spec.fires) assert.deepEqual(findingsOf(path, text, settings, rule), expected, text);
  });
  test(`${rule} stays quiet`, () => {
    assert.ok(spec.quiet.length >= 3, 'at least three cases that stay quiet');
    for (const text of spec.quiet) assert.deepEqual(findingsOf(path, text, settings, rule), [], text);
  });
  if (spec.fixes?.length) {
    test(`${rule} quick fix`, () => {
      for (const [text, line, expected] of spec.fixes!) {
        const m = model(path, text);
        const finding = service().findings(m, settings).find((f) => f.ruleId === rule && f.range.start.line === line - 1);
        assert.ok(finding, `no ${rule} on line ${line}`);
        const actions = service().doCodeActions(m, finding.range, settings).filter((a) => (a.diagnostics ?? []).some((d) => d.code === rule) && !a.title.includes('devops-hints-ignore'));
        assert.ok(actions.length, 'a quick fix');
        const fix = actions.find((a) => a.isPreferred) ?? actions[0];
        const fixed = applyEdits(text, fix.edit!.changes![m.uri], m.uri);
        assert.equal(fixed, expected);
        assert.deepEqual(findingsOf(path, fixed, settings, rule).filter((f) => f === `${rule}@${line}`), [], 'the fix removes the finding');
      }
    });
  }
}
