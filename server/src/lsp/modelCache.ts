import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel } from '../service/model';
import type { LanguageService } from '../service/languageService';

/**
 * Parse once per document version: every handler asks the cache, which re-parses only when the version moved
 * (the idea of VS Code's languageModelCache.ts, keyed by version rather than time).
 */
export class ModelCache {
  private readonly models = new Map<string, DocumentModel>();

  constructor(private readonly service: LanguageService) {}

  get(doc: TextDocument): DocumentModel {
    const cached = this.models.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    // The previous version's model lets the parse reuse what an edit did not touch (it is replaced right here).
    const model = this.service.parse({ uri: doc.uri, text: doc.getText(), version: doc.version, languageId: doc.languageId, previous: cached });
    this.models.set(doc.uri, model);
    return model;
  }

  delete(uri: string): void {
    this.models.delete(uri);
  }

  clear(): void {
    this.models.clear();
  }

  get size(): number {
    return this.models.size;
  }
}
