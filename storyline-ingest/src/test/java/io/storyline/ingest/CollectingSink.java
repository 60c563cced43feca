package io.storyline.ingest;

import io.storyline.core.Article;
import java.util.ArrayList;
import java.util.List;

/** Collects what an ingest produced, in order. */
final class CollectingSink implements IngestSink {

  /** One rejection. */
  record Rejection(String location, String reason) {
  }

  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
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

  List<String> texts() {
    return articles.stream().map(Article::text).toList();
  }

  List<String> sources() {
    return articles.stream().map(Article::source).toList();
  }
}
