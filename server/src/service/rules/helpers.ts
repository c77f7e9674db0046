// Shapes of findings that several rules share.
import type { Range } from 'vscode-languageserver-types';
import { closest } from '../text';
import type { Report } from './check';

/**
 * A name that refers to nothing defined (a service, a volume, a stage, a handler …): reported with the closest
 * defined name as `suggestion` (message variant `suggest`) when there is one close enough, without it otherwise.
 */
export function reportUnknownName(report: Report, range: Range, name: string, defined: Iterable<string>, args: Record<string, string> = {}): void {
  const suggestion = closest(name, defined);
  if (suggestion) report(range, { name, ...args, suggestion }, undefined, 'suggest');
  else report(range, { name, ...args });
}
