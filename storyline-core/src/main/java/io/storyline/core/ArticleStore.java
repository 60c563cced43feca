package io.storyline.core;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where articles live. The embedded default is a Lucene index in a local directory; a scale-out
 * deployment implements the same interface over a search cluster.
 *
 * <p>Durability contract: after {@link #commit()} returns, every article {@link #put} before it
 * survives a crash or a kill. Callers report an article as stored only after a commit.
 */
public interface ArticleStore extends Closeable {

  /** What {@link #put} did. {@code existingId} names the stored twin of a duplicate. */
  record PutResult(Status status, String id, String existingId) {
    public enum Status { STORED, UPDATED, DUPLICATE }
  }

  /**
   * Stores the article. The same content (by {@link Article#contentHash()}) is stored once: a second
   * copy returns {@code DUPLICATE}. A known id with new content replaces the old version ({@code UPDATED}).
   */
  PutResult put(Article article);

  Optional<Article> get(String id);

  /** The id of the stored article with this content hash, if any. */
  Optional<String> idForHash(String contentHash);

  /** Visits every stored article (committed or not) in id order. */
  void forEach(Consumer<Article> visitor);

  /** Ids of stored articles in id order, {@code limit} at most. */
  List<String> ids(int offset, int limit);

  long count();

  /** Makes everything put so far durable. */
  void commit();

  @Override
  void close();
}
