// The workspace as a Kubernetes check or feature should see it: the index's facts, with this document's own objects
// taken from its model (the open text). The index may not hold them yet, or not at all (a file above the index's size
// bound), and a Service in the same file as its Deployment must still find it.
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { FileFacts } from '../workspace/facts';
import { kubernetesFacts } from './navigation';

const own = new WeakMap<DocumentModel, { mine: FileFacts['kubernetes']; all?: readonly FileFacts[]; merged?: FileFacts[] }>();

/** The same array for the same model and index state: what is derived from it (objects by kind …) is computed once. */
export function withOwnFacts(all: readonly FileFacts[], model: DocumentModel): FileFacts[] {
  let e = own.get(model);
  if (!e) {
    const docs = model.units.filter((u) => u.format === 'kubernetes') as YamlDocModel[];
    own.set(model, (e = { mine: kubernetesFacts(model, docs).kubernetes ?? [] }));
  }
  if (e.all !== all || !e.merged) {
    const existing = all.find((f) => f.path === model.path);
    e.all = all;
    e.merged = [...all.filter((f) => f.path !== model.path), { ...(existing ?? { path: model.path, formats: ['kubernetes'], symbols: [] }), kubernetes: e.mine }];
  }
  return e.merged;
}
