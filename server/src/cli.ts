// `devops-hints check <files|dirs> [--format text|json|sarif] [--lang ko|en] [--rule ID=level]`
// Runs the same language service as the editor over files on disk. Exit code: 1 when an error is found, 0 otherwise,
// 2 for a usage error.
import { readFileSync, readdirSync, lstatSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { nodeWorkspaceFs } from './service/workspace/fs';
import { SKIP_DIRS } from './service/workspace/index';
import { pathToFileURL } from 'node:url';
import { loadBundledData } from './service/data/load';
import { createLanguageService } from './service/languageService';
import { KnowledgeBase, forSurface } from './service/kb/knowledgeBase';
import { isSeverity } from './service/rules/registry';
import type { Locale, ServiceSettings, SeverityName } from './service/types';
import type { DocumentModel } from './service/model';
import type { Diagnostic } from 'vscode-languageserver-types';

const SEVERITY_NAMES: Record<number, Exclude<SeverityName, 'off'>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

interface Options {
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  lang: Locale;
  rules: Record<string, SeverityName>;
}

/** A line for the user: a ui string (`cli.*`) and its arguments, printed in the CLI's language. */
interface Say {
  id: string;
  args?: Record<string, string>;
}

/**
 * The language of everything the CLI prints: `--lang`, else the system locale as POSIX reads it (the first of
 * LC_ALL, LC_MESSAGES, LANG that is set): `ko…` is Korean, anything else English.
 */
export function cliLanguage(argv: string[], env: Record<string, string | undefined>): Locale {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (v === 'ko' || v === 'en') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko(?:[_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}

/** The options, or what is wrong with them (always followed by the usage line). */
function parseArgs(argv: string[], lang: Locale): Options | { error?: Say } {
  if (argv[0] !== 'check') return argv[0] && !argv[0].startsWith('-') ? { error: { id: 'cli.unknownCommand', args: { command: argv[0] } } } : {};
  const o: Options = { paths: [], format: 'text', lang, rules: {} };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw { id: 'cli.needsValue', args: { option: name } } satisfies Say;
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return { error: { id: 'cli.unknownFormat', args: { value: v } } };
      o.format = v;
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang');
      if (v !== 'ko' && v !== 'en') return { error: { id: 'cli.unknownLanguage', args: { value: v } } };
      o.lang = v;
    } else if (a === '--rule' || a.startsWith('--rule=')) {
      const v = a === '--rule' ? value('--rule') : a.slice('--rule='.length);
      const [id, level] = v.split('=');
      if (!id || !isSeverity(level)) return { error: { id: 'cli.badRule', args: { value: v } } };
      o.rules[id.toUpperCase()] = level;
    } else if (a === '-h' || a === '--help') {
      return {};
    } else if (a.startsWith('-')) {
      return { error: { id: 'cli.unknownOption', args: { option: a } } };
    } else {
      o.paths.push(a);
    }
  }
  if (!o.paths.length) return {};
  return o;
}

/**
 * Files under the given paths that one of our file kinds reads (`isOurs`). Directory symlinks are not followed; the
 * folders the workspace index skips (dependencies, build output) are skipped here too.
 */
export function collectFiles(paths: string[], isOurs: (path: string) => boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, depth: number) => {
    if (depth > 50 || seen.has(p)) return;
    seen.add(p);
    let st;
    try {
      st = lstatSync(p);
    } catch {
      return;
    }
    if (st.isSymbolicLink()) {
      try {
        if (!statSync(p).isFile()) return;
      } catch {
        return;
      }
    } else if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch {
        return;
      }
      for (const n of names) if (!SKIP_DIRS.has(n)) visit(join(p, n), depth + 1);
      return;
    }
    if (isOurs(p)) out.push(p);
  };
  for (const p of paths) visit(resolve(p), 0);
  return out;
}

interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
}

function main(argv: string[]): number {
  const data = loadBundledData(process.env.DEVOPS_HINTS_DATA ? '' : join(__dirname, 'data.json'), process.env.DEVOPS_HINTS_DATA ?? join(__dirname, '..', 'server', 'data'));
  const kb = new KnowledgeBase(data);
  let lang = cliLanguage(argv, process.env);
  const say = (line: Say) => forSurface(kb.ui(line.id, lang, line.args), 'plain');
  let opts: Options | { error?: Say };
  try {
    opts = parseArgs(argv, lang);
  } catch (e) {
    opts = { error: e as Say };
  }
  if (!('paths' in opts)) {
    process.stderr.write((opts.error ? say(opts.error) + '\n' : '') + say({ id: 'cli.usage' }) + '\n');
    return 2;
  }
  lang = opts.lang;
  for (const p of opts.paths) {
    if (!existsSync(p)) {
      process.stderr.write(say({ id: 'cli.noSuchPath', args: { path: p } }) + '\n');
      return 2;
    }
  }
  // The workspace is what was named on the command line: cross-file checks read nothing outside it.
  const roots = [...new Set(opts.paths.map((p) => (statSync(p).isDirectory() ? resolve(p) : dirname(resolve(p)))))];
  const service = createLanguageService({
    data,
    onCheckError: (rule, e) => process.stderr.write(say({ id: 'cli.ruleError', args: { rule, error: String((e as Error)?.message ?? e) } }) + '\n'),
    fileExists: existsSync,
    fs: nodeWorkspaceFs(roots),
  });
  const settings: ServiceSettings = { locale: opts.lang, rules: opts.rules };
  const results: FileResult[] = [];
  let analysed = 0;
  const models = new Map<string, DocumentModel>();
  const check = (file: string): FileResult | undefined => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const model = service.parse({ uri: pathToFileURL(file).href, path: file, text });
    if (!model.formats.size && !model.skipped) return undefined;
    models.set(file, model);
    // Its facts go to the index from this parse: building the index then reads only the files not checked.
    service.workspace.prime(file, model);
    return { path: file, diagnostics: service.doValidation(model, settings) };
  };
  // The same workspace index as the editor's, so the cross-file findings are the ones the editor shows. A file named
  // by another is read on demand; only checks over the whole workspace need the index built first — the files whose
  // checks asked for it are checked again once it is (every file is parsed once otherwise).
  const waiting: number[] = [];
  for (const file of collectFiles(opts.paths, (p) => service.kindOf(p) !== 'other')) {
    const r = check(file);
    if (!r) continue;
    analysed++;
    if (service.workspace.dependenciesOf(pathToFileURL(file).href).has('ready')) waiting.push(results.length);
    else models.delete(file); // only the models checked again are kept
    results.push(r);
  }
  if (waiting.length) {
    service.indexWorkspace(roots);
    // Checked again with the same model (its findings are computed anew: what they read has changed).
    for (const i of waiting) {
      const model = models.get(results[i].path);
      if (model) results[i] = { path: results[i].path, diagnostics: service.doValidation(model, settings) };
    }
  }
  const cwd = process.cwd();
  const rel = (p: string) => {
    const r = relative(cwd, p);
    return r.startsWith('..') ? p : r.split(sep).join('/');
  };
  const all = results.flatMap((r) => r.diagnostics.map((d) => ({ file: rel(r.path), d })));
  const count = (s: number) => all.filter((x) => x.d.severity === s).length;

  if (opts.format === 'json') {
    process.stdout.write(JSON.stringify(all.map(({ file, d }) => ({
      file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY_NAMES[d.severity ?? 2],
      rule: d.code,
      message: d.message,
      help: d.codeDescription?.href,
    })), null, 2) + '\n');
  } else if (opts.format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(all, service, opts.lang), null, 2) + '\n');
  } else {
    for (const { file, d } of all) {
      process.stdout.write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 2]} ${d.code} ${d.message}\n`);
    }
    // "1 file checked: 1 error, 6 warnings" — each count with its noun in the number it takes (`.one` for 1).
    const counted = (noun: string, n: number) => say({ id: `cli.count.${noun}`, args: { n: String(n) } });
    const summary = analysed
      ? say({ id: 'cli.summary', args: { files: counted('file', analysed), errors: counted('error', count(1)), warnings: counted('warning', count(2)), infos: counted('info', count(3) + count(4)) } })
      : say({ id: 'cli.noFiles' });
    process.stderr.write(summary + '\n');
  }
  return count(1) > 0 ? 1 : 0;
}

function toSarif(all: { file: string; d: Diagnostic }[], service: ReturnType<typeof createLanguageService>, lang: Locale) {
  const ruleIds = [...new Set(all.map((x) => String(x.d.code)))].sort();
  const level = (s: number | undefined) => (s === 1 ? 'error' : s === 2 ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'DevOps Hints',
            informationUri: 'https://github.com/devops-hints/devops-hints',
            version: '0.1.0',
            rules: ruleIds.map((id) => {
              const r = service.rules.get(id);
              return {
                id,
                name: r?.name ?? id,
                shortDescription: { text: r ? forSurface(r.title[lang], 'plain') : id },
                ...(r?.docs?.[0] ? { helpUri: r.docs[0] } : {}),
                defaultConfiguration: { level: level({ error: 1, warning: 2, info: 3, hint: 4 }[r?.severity ?? 'warning']) },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: all.map(({ file, d }) => ({
          ruleId: String(d.code),
          ruleIndex: ruleIds.indexOf(String(d.code)),
          level: level(d.severity),
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file.split('\\').join('/') },
                region: {
                  startLine: d.range.start.line + 1,
                  startColumn: d.range.start.character + 1,
                  endLine: d.range.end.line + 1,
                  endColumn: d.range.end.character + 1,
                },
              },
            },
          ],
        })),
      },
    ],
  };
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
