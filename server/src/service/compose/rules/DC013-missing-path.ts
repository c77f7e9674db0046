import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isMap, scalarString, seqItems, isYamlNode } from '../../yaml';
import { composeIndex, hasVariable, rangeOf } from '../model';
import { dirOf, pathStatus, resolveIn } from '../../common/paths';
import { isPathLike, volumeOf } from '../syntax';
import { isRemoteContext } from '../build';


/**
 * DC013: a `build.context`, `build.dockerfile` or bind-mount source that does not exist in the workspace. A missing
 * context or Dockerfile fails the build; a missing bind source is silently created by Docker as an empty folder
 * (a config file then turns into a directory). Paths with variables, `~`, and paths outside the workspace are skipped.
 */
export const check: YamlCheck = {
  rule: 'DC013',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available) return;
    const dir = dirOf(model.path);
    const missing = (p: string) => pathStatus(fs, resolveIn(dir, p)) === 'missing';
    for (const s of composeIndex(doc).services.values()) {
      const build = getValue(s.node, 'build');
      const ctxNode = isMap(build) ? getValue(build, 'context') : build;
      const ctx = scalarString(ctxNode) ?? (isMap(build) ? '.' : undefined);
      if (ctx !== undefined && !hasVariable(ctx) && !isRemoteContext(ctx) && !ctx.startsWith('~')) {
        if (missing(ctx)) {
          const range = rangeOf(model, isYamlNode(ctxNode) ? ctxNode : getValue(s.node, 'build'));
          if (range && isYamlNode(ctxNode)) report(range, { path: ctx, service: s.name }, undefined, 'context');
        } else if (isMap(build) && getValue(build, 'dockerfile_inline') === undefined) {
          const dfNode = getValue(build, 'dockerfile');
          const df = scalarString(dfNode);
          if (df !== undefined && !hasVariable(df) && isYamlNode(dfNode)) {
            const p = df.startsWith('/') ? df : `${ctx.replace(/\/+$/, '')}/${df}`;
            const range = rangeOf(model, dfNode);
            if (missing(p) && range) report(range, { path: df, service: s.name }, undefined, 'dockerfile');
          }
        }
      }
      for (const it of seqItems(getValue(s.node, 'volumes'))) {
        const v = volumeOf(it);
        if (!v || v.type !== 'bind' || !v.source || hasVariable(v.source) || v.source.startsWith('~') || !isPathLike(v.source)) continue;
        if (!v.short && isMap(it) && scalarString(getValue(getValue(it, 'bind'), 'create_host_path')) === 'true') continue;
        const node = isMap(it) ? getValue(it, 'source') : it;
        const range = rangeOf(model, node);
        if (missing(v.source) && range) report(range, { path: v.source, service: s.name }, undefined, 'bind');
      }
    }
  },
};
