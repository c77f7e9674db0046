// CronJob schedules as Kubernetes reads them (robfig/cron's standard parser): five fields — minute, hour, day of month,
// month, day of week — or a macro (`@hourly`, `@daily` …). Field values are checked by croner; what croner accepts but
// Kubernetes does not (a seconds field, `L`/`W`/`#`, a `TZ=` prefix) is refused here. The reading aloud is cronstrue's,
// in Korean or English.
import { Cron } from 'croner';
import cronstrue from 'cronstrue';
// Registers the Korean locale with cronstrue (the English one is built in); the all-languages build is 8 times larger.
import 'cronstrue/locales/ko';
import type { Locale } from '../types';

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** What is wrong with a schedule (a message variant), or undefined when Kubernetes accepts it. */
export function cronProblem(schedule: string): { variant: string; suggestion?: string } | undefined {
  const s = schedule.trim();
  if (/^(?:CRON_)?TZ=/.test(s)) return { variant: 'timeZone' };
  if (s.startsWith('@')) return MACROS.has(s) || /^@every\s+\S+$/.test(s) ? undefined : { variant: 'macro' };
  const fields = s.split(/\s+/);
  if (fields.length === 6) return { variant: 'seconds' };
  if (fields.length !== 5) return { variant: 'fields' };
  if (/[LW#]/.test(fields[2] + fields[4]) && !/[A-Z]{3}/.test(fields[4])) return { variant: 'extension' };
  const step = fields.findIndex((f) => f.startsWith('/'));
  if (step >= 0) return { variant: 'step', suggestion: fields.map((f, i) => (i === step ? `*${f}` : f)).join(' ') };
  try {
    new Cron(s, { paused: true });
    return undefined;
  } catch {
    return { variant: 'value' };
  }
}

/** The schedule read aloud (`5분마다`, `Every 5 minutes`), or undefined when it is not a valid schedule. */
export function describeCron(schedule: string, locale: Locale): string | undefined {
  if (cronProblem(schedule)) return undefined;
  try {
    return cronstrue.toString(schedule.trim(), { locale, use24HourTimeFormat: true, verbose: false });
  } catch {
    return undefined;
  }
}
