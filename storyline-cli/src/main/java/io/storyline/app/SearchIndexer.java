package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.search.SearchIndex;

/** Indexes each stored article for search, after linking it; committed with the store. */
final class SearchIndexer implements IngestRun.Linker {
  private final IngestRun.Linker before;
  private final SearchIndex index;

  SearchIndexer(IngestRun.Linker before, SearchIndex index) {
    this.before = before;
    this.index = index;
  }

  @Override
  public Article link(Article article) {
    Article linked = before.link(article);
    index.index(linked);
    return linked;
  }

  @Override
  public void forget(Article earlier) {
    before.forget(earlier);
  }

  @Override
  public void commit() {
    before.commit();
    index.commit();
  }
}
