// Types of requirements.mjs (what the code-server setup needs from the system), for test/unit/start.test.ts.

export const APT_PACKAGES: Record<string, string>;

export function nodeSpecFor(platform: string, arch: string): string | undefined;

export type SetupPlan =
  | { ok: true; nodeSpec: string; apt: null | { command: string[]; packages: string[] } }
  | { ok: false; reason: 'platform' | 'no-apt' | 'root'; message: string };

export function setupPlan(facts: {
  platform: string;
  arch: string;
  uid?: number;
  missingApt?: string[];
  hasAptGet?: boolean;
  sudoWorks?: boolean;
}): SetupPlan;
