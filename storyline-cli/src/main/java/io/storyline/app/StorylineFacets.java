package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.Mention;
import io.storyline.search.ArticleFacets;
import io.storyline.search.PublishedDates;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the search index filters and sorts by: the found publication date and the linked entities. */
public final class StorylineFacets implements ArticleFacets {
  @Override
  public Optional<Instant> published(Article article) {
    return article.get(TimeLayers.PUBLISHED).map(PublicationDate::value).flatMap(PublishedDates::parse)
        .or(() -> ArticleFacets.super.published(article));
  }

  @Override
  public Set<String> entityIds(Article article) {
    return article.get(EntityLayers.MENTIONS).orElse(List.of()).stream().map(Mention::entityId)
        .filter(Objects::nonNull).collect(Collectors.toSet());
  }
}
