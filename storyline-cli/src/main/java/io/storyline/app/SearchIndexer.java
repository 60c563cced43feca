package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.search.SearchIndex;

/** Indexes each stored article for search, after linking it; committed with the store. */
final class SearchIndexer extends LinkerStep {
  private final SearchIndex index;

  SearchIndexer(IngestRun.Linker before, SearchIndex index) {
    super(before);
    this.index = index;
  }

  @Override
  Article apply(Article linked) {
    index.index(linked);
    return linked;
  }

  @Override
  void commitStep() {
    index.commit();
  }
}
