package io.storyline.web;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import io.storyline.core.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An article store that adds an {@code entities} layer to the articles it returns, marking every
 * occurrence of a few known names: stands in for the entity stage so the article view's highlights
 * can be seen. Test data, not a model of the real stage.
 */
final class WithMentions implements ArticleStore {
  /** A mention as the entity stage will record it. */
  record Mention(int start, int end, String surface, String type, String entityId, String stage) implements io.storyline.core.Span {}

  static final Layer<List<Mention>> ENTITIES = Layer.list("entities", Mention.class, "entities");
  private static final Map<String, String> NAMES = Map.of("Stoltenberg", "jens-stoltenberg", "Столтенберг", "jens-stoltenberg",
      "Kishida", "fumio-kishida", "Кісіда", "fumio-kishida", "NATO", "nato", "НАТО", "nato", "NAVO", "nato");

  private final ArticleStore delegate;

  WithMentions(ArticleStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<Article> get(String id) {
    return delegate.get(id).map(WithMentions::annotate);
  }

  private static Article annotate(Article a) {
    List<Mention> mentions = new ArrayList<>();
    NAMES.forEach((name, id) -> {
      for (int at = a.text().indexOf(name); at >= 0; at = a.text().indexOf(name, at + name.length())) {
        mentions.add(new Mention(at, at + name.length(), name, id.equals("nato") ? "ORG" : "PER", id, "entities/test-list"));
      }
    });
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return a.with(ENTITIES, mentions);
  }

  @Override
  public PutResult put(Article article) {
    return delegate.put(article);
  }

  @Override
  public Optional<String> idForHash(String contentHash) {
    return delegate.idForHash(contentHash);
  }

  @Override
  public void forEach(Consumer<Article> visitor) {
    delegate.forEach(visitor);
  }

  @Override
  public List<String> ids(int offset, int limit) {
    return delegate.ids(offset, limit);
  }

  @Override
  public long count() {
    return delegate.count();
  }

  @Override
  public void commit() {
    delegate.commit();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
