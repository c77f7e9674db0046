// Helpers for the kustomize rule tests: a temporary workspace of files, a service whose fs is confined to it.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import { DATA_DIR, EN } from '../helpers';

export function withWorkspace<T>(files: Record<string, string>, fn: (dir: string, findings: (file: string, rule?: string) => string[]) => T, links: Record<string, string> = {}): T {
  const dir = mkdtempSync(join(tmpdir(), 'dh-ws-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    for (const [name, target] of Object.entries(links)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      symlinkSync(target, join(dir, name));
    }
    const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([dir]) });
    const findings = (file: string, rule?: string) => {
      const path = join(dir, file);
      const m = svc.parse({ uri: `file://${path}`, path, text: files[file] });
      return svc.findings(m, EN).filter((f) => !rule || f.ruleId === rule).map((f) => `${f.ruleId}@${f.range.start.line + 1}${f.variant ? ':' + f.variant : ''}`);
    };
    return fn(dir, findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
