// Which ecosystem a Dockerfile builds, read from its own commands: the dependency install of a RUN (`npm ci`,
// `pip install -r requirements.txt`, `go mod download`, `dotnet restore` …) with the manifest files it reads (DF010), and the local
// folders that ecosystem leaves in a build context (DF016). npm and pip come from build.ts's packageCommands.
import { posix } from 'node:path';
import type { PackageCommand } from './build';

/**
 * A dependency install found in a RUN: the tool, and the manifest files it reads, as slots of alternatives (the first
 * slot is the manifest proper, the others its lock or companion files: `go.mod`, then `go.sum`).
 */
export interface Install {
  tool: string;
  files: string[][];
  /** Copied paths that count as this tool's manifest. */
  manifest: RegExp;
  /** Folders this ecosystem leaves in a project that do not belong in an image (`node_modules`, `.venv`, `target`). */
  local: string[];
}

/** Installers that packageCommands does not read (it knows apt, apk, yum, zypper, pip, npm and gem). */
const OTHERS: (Install & { install: RegExp })[] = [
  { tool: 'yarn', install: /\byarn(\s+install)?(\s+--\S+)*\s*($|&&|;)/, manifest: /(^|\/)(package\.json|yarn\.lock|package\*\.json)$/, files: [['package.json'], ['yarn.lock']], local: ['node_modules'] },
  { tool: 'pnpm', install: /\bpnpm\s+(?:install|i)\b/, manifest: /(^|\/)(package\.json|pnpm-lock\.yaml)$/, files: [['package.json'], ['pnpm-lock.yaml']], local: ['node_modules'] },
  { tool: 'pipenv', install: /\bpipenv\s+install\b/, manifest: /(^|\/)Pipfile(\.lock)?$/, files: [['Pipfile'], ['Pipfile.lock']], local: ['.venv', '__pycache__'] },
  { tool: 'poetry', install: /\bpoetry\s+install\b/, manifest: /(^|\/)(pyproject\.toml|poetry\.lock)$/, files: [['pyproject.toml'], ['poetry.lock']], local: ['.venv', '__pycache__'] },
  { tool: 'go mod', install: /\bgo\s+mod\s+download\b/, manifest: /(^|\/)go\.(mod|sum)$/, files: [['go.mod'], ['go.sum']], local: [] },
  { tool: 'maven', install: /\bmvnw?\b.*\bdependency:(go-offline|resolve)\b/, manifest: /(^|\/)pom\.xml$/, files: [['pom.xml']], local: ['target'] },
  { tool: 'gradle', install: /\bgradlew?\b.*\bdependencies\b/, manifest: /(^|\/)(build|settings)\.gradle(\.kts)?$/, files: [['build.gradle', 'build.gradle.kts'], ['settings.gradle', 'settings.gradle.kts']], local: ['build', '.gradle'] },
  { tool: 'cargo', install: /\bcargo\s+fetch\b/, manifest: /(^|\/)Cargo\.(toml|lock)$/, files: [['Cargo.toml'], ['Cargo.lock']], local: ['target'] },
  { tool: 'bundler', install: /\bbundle\s+install\b/, manifest: /(^|\/)Gemfile(\.lock)?$/, files: [['Gemfile'], ['Gemfile.lock']], local: ['vendor/bundle', '.bundle'] },
  { tool: 'dotnet', install: /\bdotnet\s+restore\b/, manifest: /(^|\/)[^/]*\.(?:cs|fs|vb)proj$|(^|\/)[^/]*\.sln$/, files: [['*.csproj']], local: ['bin', 'obj'] },
  { tool: 'composer', install: /\bcomposer\s+install\b/, manifest: /(^|\/)composer\.(json|lock)$/, files: [['composer.json'], ['composer.lock']], local: ['vendor'] },
];

const NPM_MANIFEST = /(^|\/)(package(-lock)?\.json|package\*\.json|npm-shrinkwrap\.json)$/;
const PIP_MANIFEST = /(^|\/)(requirements[\w.-]*\.txt|requirements\/?)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The requirement files of `pip install -r a.txt --requirement=b.txt`. */
function requirementFiles(c: PackageCommand): string[] {
  const out: string[] = [];
  c.words.forEach((w, i) => {
    if ((w === '-r' || w === '--requirement') && c.words[i + 1]) out.push(c.words[i + 1]);
    else if (/^--requirement=/.test(w)) out.push(w.slice(w.indexOf('=') + 1));
    else if (/^-r\S/.test(w)) out.push(w.slice(2));
  });
  return out.filter((f) => !/\$/.test(f));
}

/** The dependency install of a RUN (the project's own: `npm ci`, `pip install -r …`, `go mod download` …), if any. */
export function installOf(text: string, packages: PackageCommand[]): Install | undefined {
  for (const c of packages) {
    if (c.manager === 'npm' && /^(?:ci|install|i)$/.test(c.action) && !c.packages.length && !c.words.some((w) => w === '-g' || w === '--global')) {
      return { tool: 'npm', manifest: NPM_MANIFEST, files: [['package.json'], ['package-lock.json']], local: ['node_modules'] };
    }
    if (c.manager === 'pip' && c.action === 'install') {
      const files = requirementFiles(c);
      if (!files.length) continue;
      const own = new RegExp(`(^|/)(${files.map((f) => escape(posix.basename(f))).join('|')})$`);
      return { tool: 'pip', manifest: new RegExp(`${PIP_MANIFEST.source}|${own.source}`), files: files.map((f) => [f]), local: ['.venv', '__pycache__'] };
    }
  }
  return OTHERS.find((o) => o.install.test(text));
}

/** Local folders by official base image, for a Dockerfile whose RUNs install nothing we recognise. */
const BASE_LOCAL: Record<string, string[]> = {
  node: ['node_modules'], python: ['.venv', '__pycache__'], ruby: ['.bundle'], rust: ['target'], maven: ['target'],
  gradle: ['build', '.gradle'], php: ['vendor'], composer: ['vendor'], golang: [],
  'mcr.microsoft.com/dotnet/sdk': ['bin', 'obj'],
};

/**
 * The local folders of the ecosystem a Dockerfile builds (`node_modules`, `.venv` …): from its first dependency
 * install, else from its first official base image it knows; empty when neither says.
 */
export function localFolders(runs: { text: string; packages: PackageCommand[] }[], images: (string | undefined)[]): string[] {
  for (const r of runs) {
    const install = installOf(r.text, r.packages);
    if (install) return install.local;
  }
  for (const image of images) {
    const local = image === undefined ? undefined : BASE_LOCAL[image];
    if (local) return local;
  }
  return [];
}
