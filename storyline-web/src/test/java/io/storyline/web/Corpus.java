package io.storyline.web;

import io.storyline.clean.CleanStage;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import io.storyline.language.AccuracyMode;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import io.storyline.language.LanguageStage;
import io.storyline.core.Article;
import io.storyline.search.SearchIndex;
import io.storyline.sentence.SentenceStage;
import io.storyline.store.LuceneArticleStore;
import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real data directory for tests: the article store and search index, fed through the real
 * ingest and analysis pipeline (cleanup, language, sentences). Also the {@link IngestHandler} the
 * server's ingest endpoint uses in tests.
 */
final class Corpus implements IngestHandler, Closeable {
  private static final Pipeline PIPELINE = Pipeline.builder()
      .add(new CleanStage())
      .add(new LanguageStage(new LanguageIdentifier(LanguageSet.parse("pl,uk,it,hu,nl,en"), AccuracyMode.LOW)))
      .add(new SentenceStage())
      .build();

  final LuceneArticleStore store;
  final SearchIndex index;

  Corpus(Path data) {
    store = LuceneArticleStore.open(data);
    index = SearchIndex.open(data);
  }

  /** A corpus holding the repository's example articles. */
  static Corpus withExamples(Path data) {
    Corpus c = new Corpus(data);
    c.read(List.of(examples().toString()), InputStream.nullInputStream());
    return c;
  }

  static Path repo() {
    return Path.of(System.getProperty("storyline.repo", ".."));
  }

  static Path examples() {
    return repo().resolve("examples");
  }

  /** The id of the example article whose file name starts with {@code number} ({@code 000} to {@code 004}). */
  String id(String number) {
    String[] found = {null};
    store.forEach(a -> {
      if (a.source().contains("/" + number + "_")) {
        found[0] = a.id();
      }
    });
    if (found[0] == null) {
      throw new IllegalArgumentException("no example article " + number + "_*.txt in the corpus");
    }
    return found[0];
  }

  Services services() {
    return Services.of(store, index).withIngest(this);
  }

  @Override
  public synchronized IngestSummary ingest(InputStream body, String name) {
    return read(List.of("-"), body);
  }

  private synchronized IngestSummary read(List<String> inputs, InputStream stdin) {
    List<String> ids = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    int[] duplicates = {0};
    new Ingestor(IngestOptions.defaults()).ingest(inputs, stdin, new IngestSink() {
      @Override
      public void accept(Article article) {
        switch (PIPELINE.process(article)) {
          case Outcome.Processed(Article done) -> {
            var put = store.put(done);
            if (put.status() == io.storyline.core.ArticleStore.PutResult.Status.DUPLICATE) {
              duplicates[0]++;
            } else {
              index.index(done);
              ids.add(done.id());
            }
          }
          case Outcome.Partial p -> rejected.add(new Rejection(p.article().source(), "analysed in part: " + p.reason()));
          case Outcome.Failed f -> rejected.add(new Rejection(f.source(), "failed at " + f.stage() + ": " + f.reason()));
        }
      }

      @Override
      public void reject(String location, String reason) {
        rejected.add(new Rejection(location, reason));
      }
    });
    store.commit();
    index.commit();
    return new IngestSummary(ids.size(), duplicates[0], ids, rejected);
  }

  @Override
  public void close() {
    index.close();
    store.close();
  }
}
