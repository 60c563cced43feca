package io.storyline.app;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.dedup.NearDuplicates;
import io.storyline.ingest.dedup.UrlIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of one poll on their way to the store: a page whose canonical URL or near-identical text
 * is already stored becomes another address of that article instead of a second copy; every stored
 * article's addresses reach the {@link UrlIndex} before the store commits, and the batch ends with a
 * checkpoint once everything is committed.
 */
final class WatchBatch implements IngestRun.StoreListener {

  private final UrlIndex urls;
  private final ArticleStore store;
  /** Entry address → content hash of each page handed to the pipeline. */
  private final Map<String, String> accepted = new LinkedHashMap<>();
  private final Set<String> storedHashes = new HashSet<>();
  private long problems;

  WatchBatch(UrlIndex urls, ArticleStore store) {
    this.urls = urls;
    this.store = store;
  }

  /** The sink for the page of one feed entry: deduplicates, records failures, passes the rest on. */
  IngestSink sink(String entryUrl, IngestSink next) {
    return new IngestSink() {
      @Override
      public void accept(Article article) {
        Optional<String> same = urls.idFor(article.url());
        if (same.isPresent()) {
          urls.alias(entryUrl, same.get());
          next.reject(entryUrl, "same article as " + same.get() + " (canonical URL " + article.url() + "), kept as another address");
          return;
        }
        int[] signature = NearDuplicates.signature(article.text()).orElse(null);
        Optional<String> near = signature == null ? Optional.empty() : urls.nearDuplicate(signature);
        if (near.isPresent()) {
          urls.alias(entryUrl, near.get());
          urls.alias(article.url(), near.get());
          next.reject(entryUrl, "near duplicate of " + near.get() + " (syndicated copy), kept as another address");
          return;
        }
        urls.claim(article.id(), addresses(entryUrl, article), signature);
        accepted.put(entryUrl, article.contentHash());
        next.accept(article);
      }

      @Override
      public void reject(String location, String reason) {
        urls.failed(entryUrl, reason);
        problems++;
        next.reject(location, reason);
      }
    };
  }

  private static List<String> addresses(String entryUrl, Article article) {
    List<String> all = new ArrayList<>();
    all.add(article.url());
    String fetched = article.meta().get("fetch:url");
    if (fetched != null) {
      all.add(fetched);
    }
    all.add(entryUrl);
    return all;
  }

  /** Pages that could not be read in this batch. */
  long problems() {
    return problems;
  }

  @Override
  public void stored(Article article) {
    String entry = article.meta().getOrDefault("fetch:requested", article.meta().get("fetch:url"));
    urls.stored(article.id(), addresses(entry == null ? article.url() : entry, article),
        NearDuplicates.signature(article.text()).orElse(null));
    storedHashes.add(article.contentHash());
  }

  @Override
  public void committing() {
    try {
      urls.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the addresses read: " + e.getMessage(), e);
    }
  }

  /**
   * After the run (everything committed): pages that were duplicates of stored content by hash become
   * addresses of their twins, pages not stored count as failed attempts, and a checkpoint marks all as committed.
   */
  void finish() {
    for (var e : accepted.entrySet()) {
      if (!storedHashes.contains(e.getValue())) {
        Optional<String> twin = store.idForHash(e.getValue());
        if (twin.isPresent()) {
          urls.alias(e.getKey(), twin.get());
        } else {
          urls.failed(e.getKey(), "not stored (analysis failed)");
        }
      }
    }
    try {
      urls.checkpoint();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the addresses read: " + e.getMessage(), e);
    }
  }
}
