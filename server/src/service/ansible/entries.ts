// Knowledge-base entries made from our Ansible tables (the kb resolver of the Ansible provider): a module with its
// options, one option, a keyword, a filter, a test, a variable. Ids:
//   ansible.module.<fqcn>            ansible.option.<fqcn>.<option>     ansible.keyword.<name>
//   ansible.filter.<name>            ansible.test.<name>                ansible.var.<name>
import type { KbEntry } from '../data/schema';
import type { Localized } from '../types';
import type { ModuleSpec, OptionSpec } from './data/types';
import { findFilter, findModule, findTest, findVariable, keywordText } from './lookup';

export const ENTRY_PREFIX = 'ansible.';
const KEYWORD_DOCS = 'https://docs.ansible.com/ansible/latest/reference_appendices/playbooks_keywords.html';
const FILTER_DOCS = 'https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_filters.html';
const TEST_DOCS = 'https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_tests.html';
const VAR_DOCS = 'https://docs.ansible.com/ansible/latest/reference_appendices/special_variables.html';
const CONN_DOCS = 'https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters';

const both = (f: (l: 'ko' | 'en') => string): Localized => ({ ko: f('ko'), en: f('en') });

const LABEL = {
  required: { ko: '필수', en: 'required' },
  default: { ko: '기본값', en: 'default' },
  choices: { ko: '값', en: 'choices' },
  aliases: { ko: '별칭', en: 'aliases' },
  options: { ko: '옵션', en: 'Options' },
  more: { ko: '외 {n}개', en: '{n} more' },
  exclusive: { ko: '함께 쓸 수 없음', en: 'mutually exclusive' },
  oneOf: { ko: '이 중 하나는 필요', en: 'at least one of' },
  levels: { ko: '쓰는 곳', en: 'Used in' },
  level: { play: { ko: '플레이', en: 'play' }, role: { ko: '역할 항목', en: 'role entry' }, block: { ko: '블록', en: 'block' }, task: { ko: '태스크', en: 'task' } },
};

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v));

/** `str`, `list of str`, `required`, default, choices, aliases: one line about an option. */
export function optionFacts(o: OptionSpec, l: 'ko' | 'en'): string {
  const parts = [o.type === 'list' && o.elements ? `list[${o.elements}]` : o.type];
  if (o.required) parts.push(`**${LABEL.required[l]}**`);
  if (o.default !== undefined && o.default !== null) parts.push(`${LABEL.default[l]} \`${show(o.default)}\``);
  if (o.choices) parts.push(`${LABEL.choices[l]}: ${o.choices.map((c) => `\`${c}\``).join(', ')}`);
  if (o.aliases?.length) parts.push(`${LABEL.aliases[l]}: ${o.aliases.map((a) => `\`${a}\``).join(', ')}`);
  return parts.join(' · ');
}

const MAX_OPTIONS = 12;

function moduleEntry(m: ModuleSpec): KbEntry {
  const short = m.name.split('.').pop()!;
  const entries = Object.entries(m.options).filter(([k]) => k !== 'free_form');
  entries.sort(([, a], [, b]) => Number(!!b.required) - Number(!!a.required));
  const body = both((l) => {
    const lines = [m.desc[l], '', `**${LABEL.options[l]}**`];
    for (const [k, o] of entries.slice(0, MAX_OPTIONS)) lines.push(`- \`${k}\` (${optionFacts(o, l)}): ${o.desc[l]}`);
    if (entries.length > MAX_OPTIONS) lines.push(`- … ${LABEL.more[l].replace('{n}', String(entries.length - MAX_OPTIONS))}`);
    for (const g of m.mutuallyExclusive ?? []) lines.push(`- ${LABEL.exclusive[l]}: ${g.map((x) => `\`${x}\``).join(', ')}`);
    return lines.join('\n');
  });
  return { id: `ansible.module.${m.name}`, title: both((l) => `${m.name === `ansible.builtin.${short}` ? short : m.name} — ${m.summary[l]}`), body, notes: m.notes, docs: [m.docs] };
}

function optionEntry(m: ModuleSpec, name: string, o: OptionSpec): KbEntry {
  return {
    id: `ansible.option.${m.name}.${name}`,
    title: both(() => `${name} (${m.name})`),
    body: both((l) => `${o.desc[l]}\n\n${optionFacts(o, l)}`),
    notes: m.notes,
    docs: [m.docs],
  };
}

export function resolveEntry(id: string): KbEntry | undefined {
  const rest = id.slice(ENTRY_PREFIX.length);
  const dot = rest.indexOf('.');
  const family = rest.slice(0, dot);
  const name = rest.slice(dot + 1);
  if (family === 'module') {
    const m = findModule(name);
    return m ? moduleEntry(m) : undefined;
  }
  if (family === 'option') {
    // ansible.option.<fqcn>.<option>: the option is the last segment.
    const cut = name.lastIndexOf('.');
    const m = findModule(name.slice(0, cut));
    const o = m?.options[name.slice(cut + 1)];
    return m && o ? optionEntry(m, name.slice(cut + 1), o) : undefined;
  }
  if (family === 'keyword') {
    const k = keywordText(name);
    if (!k) return undefined;
    // The text's own levels: the same as KEYWORD_LEVELS for a current keyword (test/data/ansible.test.ts), and also
    // there for the `with_*` loops and the removed keywords, which KEYWORD_LEVELS does not list.
    const levels = k.levels;
    return {
      id,
      title: both(() => name),
      body: both((l) => `${k.desc[l]}${k.deprecated ? `\n\n⚠️ ${k.deprecated[l]}` : ''}\n\n${LABEL.levels[l]}: ${levels.map((v) => LABEL.level[v][l]).join(', ')}`),
      notes: k.notes,
      docs: [KEYWORD_DOCS],
    };
  }
  if (family === 'filter' || family === 'test') {
    const f = family === 'filter' ? findFilter(name) : findTest(name);
    if (!f) return undefined;
    return { id, title: both(() => f.signature), body: both((l) => f.desc[l]), notes: f.notes, docs: [family === 'filter' ? FILTER_DOCS : TEST_DOCS] };
  }
  if (family === 'var') {
    const v = findVariable(name);
    if (!v) return undefined;
    return { id, title: both(() => v.name), body: both((l) => v.desc[l]), notes: v.notes, docs: [v.kind === 'connection' ? CONN_DOCS : VAR_DOCS] };
  }
  return undefined;
}
