// The workspace as a Kubernetes check or feature should see it: the index's facts, with this document's own objects
// taken from its model (the open text). The index may not hold them yet, or not at all (a file above the index's size
// bound), and a Service in the same file as its Deployment must still find it.
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import type { FileFacts } from '../workspace/facts';
import { kubernetesFacts } from './navigation';

const own = new WeakMap<DocumentModel, FileFacts['kubernetes']>();

export function withOwnFacts(all: readonly FileFacts[], model: DocumentModel): FileFacts[] {
  let mine = own.get(model);
  if (!mine) {
    const docs = model.units.filter((u) => u.format === 'kubernetes') as YamlDocModel[];
    mine = kubernetesFacts(model, docs).kubernetes ?? [];
    own.set(model, mine);
  }
  const existing = all.find((f) => f.path === model.path);
  return [...all.filter((f) => f.path !== model.path), { ...(existing ?? { path: model.path, formats: ['kubernetes'], symbols: [] }), kubernetes: mine }];
}
