import type { RuleDef } from '../data/schema';
import type { SeverityName, ServiceSettings } from '../types';

/** Rule metadata by id, with the user's severity overrides applied on top of each rule's default. */
export class RuleRegistry {
  readonly rules = new Map<string, RuleDef>();

  constructor(defs: RuleDef[]) {
    for (const d of defs) this.rules.set(d.id, d);
  }

  get(id: string): RuleDef | undefined {
    return this.rules.get(id);
  }

  severity(id: string, settings: Pick<ServiceSettings, 'rules'>): SeverityName {
    const override = settings.rules[id];
    if (override && isSeverity(override)) return override;
    return this.rules.get(id)?.severity ?? 'warning';
  }

  enabled(id: string, settings: Pick<ServiceSettings, 'rules'>): boolean {
    return this.severity(id, settings) !== 'off';
  }
}

export function isSeverity(s: unknown): s is SeverityName {
  return s === 'off' || s === 'hint' || s === 'info' || s === 'warning' || s === 'error';
}
