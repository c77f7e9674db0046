// The YAML layer: the only folder that imports 'yaml' (eemeli/yaml v2). Everything else works with the helpers
// re-exported here, so a change of parser or of its version touches one folder. By concern:
//   parse.ts     text → documents (bounded), syntax errors, limits
//   nodes.ts     reading nodes: scalars, pairs, items, ranges, tags, aliases
//   cursor.ts    offset → path (key or value under the cursor)
//   patterns.ts  paths and dotted path patterns
//   walk.ts      bounded tree walks
//   completion.ts, incremental.ts  completion context and the incremental re-parse
export * from './parse';
export * from './nodes';
export * from './cursor';
export * from './patterns';
export * from './walk';
export * from './edit';
