// Paths into a YAML document (keys and indices) and the dotted patterns the knowledge base matches them with.
export type PathSegment = string | number;
export type YamlPath = PathSegment[];

/** Path pattern: dotted keys, `*` for one key or index, `[]` for one index, `**` for any number of segments. */
export function compilePattern(pattern: string): string[] {
  return pattern.split('.');
}

export function matchPath(pattern: string[], path: YamlPath, pi = 0, si = 0): boolean {
  for (; pi < pattern.length; pi++, si++) {
    const p = pattern[pi];
    if (p === '**') {
      // Any number of segments (including none).
      for (let k = si; k <= path.length; k++) if (matchPath(pattern, path, pi + 1, k)) return true;
      return false;
    }
    if (si >= path.length) return false;
    if (p === '*') continue;
    if (p === '[]') {
      if (typeof path[si] !== 'number') return false;
      continue;
    }
    if (String(path[si]) !== p) return false;
  }
  return si === path.length;
}

/** A path as a lookup key: indices become `*` (`spec.containers.*.image`). */
export function pathKey(path: YamlPath): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}
