package io.storyline.web;

import io.storyline.core.ArticleStore;
import io.storyline.search.ArticleSearch;
import java.util.Objects;

/**
 * What the web server serves: the article store and search index, and the directories and ingest
 * pipeline that later capabilities provide ({@code NONE} until then).
 *
 * <pre>{@code
 * Services s = Services.of(store, index).withEntities(registry).withIngest(pipelineIngest);
 * }</pre>
 */
public record Services(ArticleStore articles, ArticleSearch search, EntityDirectory entities,
    StorylineDirectory storylines, IngestHandler ingest, ExportHandler export, SourceDirectory sources) {
  public Services {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(storylines, "storylines");
    Objects.requireNonNull(ingest, "ingest");
    Objects.requireNonNull(export, "export");
    Objects.requireNonNull(sources, "sources");
  }

  /** Without followed feeds. */
  public Services(ArticleStore articles, ArticleSearch search, EntityDirectory entities, StorylineDirectory storylines,
      IngestHandler ingest, ExportHandler export) {
    this(articles, search, entities, storylines, ingest, export, SourceDirectory.NONE);
  }

  /** The store and index alone: no entities, storylines or ingest yet. */
  public static Services of(ArticleStore articles, ArticleSearch search) {
    return new Services(articles, search, EntityDirectory.NONE, StorylineDirectory.NONE, IngestHandler.NONE, ExportHandler.NONE, SourceDirectory.NONE);
  }

  public Services withEntities(EntityDirectory directory) {
    return new Services(articles, search, directory, storylines, ingest, export, sources);
  }

  public Services withStorylines(StorylineDirectory directory) {
    return new Services(articles, search, entities, directory, ingest, export, sources);
  }

  public Services withIngest(IngestHandler handler) {
    return new Services(articles, search, entities, storylines, handler, export, sources);
  }

  public Services withSources(SourceDirectory directory) {
    return new Services(articles, search, entities, storylines, ingest, export, directory);
  }

  public Services withExport(ExportHandler handler) {
    return new Services(articles, search, entities, storylines, ingest, handler, sources);
  }
}
