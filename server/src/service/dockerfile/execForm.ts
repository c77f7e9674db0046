// The JSON (exec) form of a shell-form command (`CMD node server.js` → `["node", "server.js"]`), built from the
// command itself: its words as /bin/sh would split them, quotes and backslashes removed. When the shell would do more
// than split words — operators (`&&`, `|`, `;`, redirections), variables and command substitution, globs, a leading
// `~`, `NAME=value` before the command, a builtin or keyword — no JSON list runs the same thing, and `shell` names the
// first such piece so a message can say why. DF011 (CMD/ENTRYPOINT) and DF024 (HEALTHCHECK) read it.

export type ExecForm = { words: string[] } | { shell: string };

/** Words only a shell knows (keywords and builtins with no program of the same name in an image). */
const SHELL_ONLY = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'in', 'function', '{', '}',
  '!', '[[', ']]', 'cd', 'export', 'set', 'unset', 'source', '.', 'eval', 'trap', 'ulimit', 'umask', 'alias', 'shift',
  'wait', 'read', 'return', 'local', 'declare', 'readonly',
]);
const OPERATOR = /[|&;<>()]/;
const GLOB = /[*?[]/;

/** A shell command as an argument list, or the first piece of shell syntax that keeps it from being one. */
export function execForm(command: string): ExecForm {
  const s = command.trim();
  const words: string[] = [];
  let cur: string | undefined;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
      i++;
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) return { shell: "'" };
      cur = (cur ?? '') + s.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      for (; j < s.length && s[j] !== '"'; j++) {
        const d = s[j];
        if (d === '$' || d === '`') return { shell: expansion(s, j) };
        if (d === '\\' && j + 1 < s.length && '$`"\\\n'.includes(s[j + 1])) {
          if (s[j + 1] !== '\n') text += s[j + 1];
          j++;
        } else text += d;
      }
      if (j >= s.length) return { shell: '"' };
      cur = (cur ?? '') + text;
      i = j + 1;
    } else if (c === '\\') {
      if (i + 1 >= s.length) return { shell: '\\' };
      if (s[i + 1] !== '\n') cur = (cur ?? '') + s[i + 1];
      i += 2;
    } else if (OPERATOR.test(c)) {
      let j = i;
      while (j < s.length && OPERATOR.test(s[j]) && j - i < 2) j++;
      return { shell: s.slice(i, j) };
    } else if (c === '$' || c === '`') {
      return { shell: expansion(s, i) };
    } else if (GLOB.test(c) || (c === '#' && cur === undefined) || (c === '~' && cur === undefined)) {
      return { shell: c };
    } else {
      cur = (cur ?? '') + c;
      i++;
    }
  }
  if (cur !== undefined) words.push(cur);
  if (words[0] === 'exec') words.shift(); // `exec prog` runs prog in the shell's place: the same as the JSON form
  if (!words.length) return { shell: s };
  if (/^[A-Za-z_]\w*=/.test(words[0])) return { shell: `${words[0].split('=')[0]}=…` };
  if (SHELL_ONLY.has(words[0])) return { shell: words[0] };
  return { words };
}

/** `$NAME`, `${…}`, `$(…` or a backquote, as the message quotes it. */
function expansion(s: string, at: number): string {
  if (s[at] === '`') return '`';
  const m = /^\$(?:\{[^}]*\}?|\(|[A-Za-z_]\w*|.)?/.exec(s.slice(at));
  return m ? m[0] : '$';
}

/** A JSON array as a Dockerfile writes it: `["node", "server.js"]`. */
export function jsonList(words: string[]): string {
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}

/**
 * The command run by an explicit shell, for a command that needs one: `["sh", "-c", "… && exec last"]`. `exec` goes
 * before the last command of a `&&`/`;` chain, so the program takes the shell's place and gets the signals — unless
 * that command is part of a pipeline, a compound command or already an `exec`. `exec: false` for a command whose
 * signals do not matter (a health check).
 */
export function shellList(command: string, exec = true): string {
  const text = command.trim();
  const m = /^(.*(?:&&|;)\s*)([^&;|]+)$/s.exec(text);
  const [head, last] = m ? [m[1], m[2].trim()] : ['', text];
  const bare = last.replace(/\$\{[^}]*\}|\$\(/g, '$');
  const compound = /^(?:fi|done|esac|\}|exec)\b/.test(last) || /[()|&;{}]/.test(bare) || /\bexec\b/.test(text);
  return jsonList(['sh', '-c', compound || !exec ? text : `${head}exec ${last}`]);
}
