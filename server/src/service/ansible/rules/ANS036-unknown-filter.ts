import type { YamlCheck } from '../../kinds/yaml';
import { isScalar, walk } from '../../yaml';
import { editDistance } from '../../text';
import { allFilters } from '../lookup';
import { EXPRESSION_KEYWORDS } from '../data/keywords';
import { filtersIn, jinjaExpressions, partRange } from './practice';

/**
 * Filters every Ansible installation has even when our table does not describe them: Jinja2's own and
 * ansible.builtin's (names only). They are never reported, whatever the table holds.
 */
const ALWAYS_KNOWN = [
  'abs', 'attr', 'batch', 'capitalize', 'center', 'count', 'd', 'default', 'dictsort', 'e', 'escape', 'filesizeformat', 'first',
  'float', 'forceescape', 'format', 'groupby', 'indent', 'int', 'items', 'join', 'last', 'length', 'list', 'lower', 'map', 'max',
  'min', 'pprint', 'random', 'reject', 'rejectattr', 'replace', 'reverse', 'round', 'safe', 'select', 'selectattr', 'slice', 'sort',
  'string', 'striptags', 'sum', 'title', 'tojson', 'trim', 'truncate', 'unique', 'upper', 'urlencode', 'urlize', 'wordcount',
  'wordwrap', 'xmlattr',
  'b64decode', 'b64encode', 'basename', 'bool', 'checksum', 'combinations', 'combine', 'comment', 'dict2items', 'difference',
  'dirname', 'expanduser', 'expandvars', 'extract', 'fileglob', 'flatten', 'from_json', 'from_yaml', 'from_yaml_all', 'hash',
  'human_readable', 'human_to_bytes', 'intersect', 'items2dict', 'log', 'mandatory', 'md5', 'password_hash', 'path_join',
  'permutations', 'pow', 'product', 'quote', 'realpath', 'regex_escape', 'regex_findall', 'regex_replace', 'regex_search',
  'relpath', 'root', 'sha1', 'shuffle', 'split', 'splitext', 'strftime', 'subelements', 'symmetric_difference', 'ternary',
  'to_datetime', 'to_json', 'to_nice_json', 'to_nice_yaml', 'to_uuid', 'to_yaml', 'type_debug', 'union', 'unvault', 'urldecode',
  'urlsplit', 'vault', 'win_basename', 'win_dirname', 'win_splitdrive', 'zip', 'zip_longest',
];

/** The known filter closest to a name (distance ≤ 2, ≤ 1 for names of up to 4 letters), or undefined. */
export function nearFilter(name: string, known: readonly string[]): string | undefined {
  const max = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const k of known) {
    const d = editDistance(name, k, max);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/**
 * ANS036: a Jinja filter that does not exist but is a letter or two away from one that does (`dict2item` →
 * `dict2items`). Ansible stops the task with "No filter named …". Names far from every known filter may come from a
 * collection or a filter plugin of the project: those stay quiet, as does everything while our filter table is empty.
 */
export const check: YamlCheck = {
  rule: 'ANS036',
  formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars'],
  run({ model, unit, report }) {
    const table = allFilters();
    if (!table.length) return;
    const documented = [...new Set(table.map((f) => f.name))];
    const known = new Set([...ALWAYS_KNOWN, ...documented, ...table.map((f) => f.fqcn).filter((s): s is string => !!s)]);
    const candidates = [...new Set([...documented, ...ALWAYS_KNOWN])];
    walk(unit.yaml.doc.contents, ({ node, path }) => {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('|')) return;
      const last = path[path.length - 1];
      const key = typeof last === 'number' ? path[path.length - 2] : last;
      const exprs = jinjaExpressions(node.value);
      if (!exprs.length && typeof key === 'string' && EXPRESSION_KEYWORDS.has(key)) exprs.push({ expr: node.value, start: 0, end: node.value.length });
      for (const e of exprs) {
        for (const f of filtersIn(e.expr)) {
          if (known.has(f.name) || f.name.includes('.') || known.has(`ansible.builtin.${f.name}`)) continue;
          const suggestion = nearFilter(f.name, candidates);
          if (!suggestion) continue;
          const range = partRange(model, node, e.start + f.start, e.start + f.end);
          if (!range) continue;
          const exact = range.start.line === range.end.line && range.end.character - range.start.character === f.name.length;
          report(range, { name: f.name, suggestion }, exact ? [{ titleId: 'rename', args: { from: f.name, to: suggestion }, edits: [{ range, newText: suggestion }], preferred: true }] : undefined);
        }
      }
    });
  },
};
