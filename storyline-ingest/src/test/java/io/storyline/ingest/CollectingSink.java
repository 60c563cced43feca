package io.storyline.ingest;

import io.storyline.core.Article;
import java.util.ArrayList;
import java.util.List;

/** Collects what an ingest produced, in order. */
public final class CollectingSink implements IngestSink {

  /** One rejection. */
  public record Rejection(String location, String reason) {
  }

  public final List<Article> articles = new ArrayList<>();
  public final List<Rejection> rejections = new ArrayList<>();
  /** Article sources and rejected locations, interleaved as they arrived. */
  final List<String> events = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
    events.add("article " + article.source());
  }

  @Override
  public void reject(String location, String reason) {
    rejections.add(new Rejection(location, reason));
    events.add("reject " + location);
  }

  /** Each rejection as {@code location: reason}. */
  public List<String> problems() {
    return rejections.stream().map(r -> r.location() + ": " + r.reason()).toList();
  }

  List<String> texts() {
    return articles.stream().map(Article::text).toList();
  }

  List<String> sources() {
    return articles.stream().map(Article::source).toList();
  }
}
