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

  /** Ids that start with {@code prefix}, in id order, {@code max} at most: how a user's shortened id is found. */
  default List<String> idsStartingWith(String prefix, int max) {
    List<String> out = new java.util.ArrayList<>();
    forEach(a -> {
      if (a.id().startsWith(prefix) && out.size() < max) {
        out.add(a.id());
      }
    });
    return out;
  }

  /**
   * The article with this id, or with the one id that starts with it ({@code af486d1} for {@code af486d10792c8325}).
   *
   * @throws java.util.NoSuchElementException naming the id, and the ids it may have meant (or those a prefix matches)
   */
  default Article find(String idOrPrefix) {
    Optional<Article> exact = get(idOrPrefix);
    if (exact.isPresent()) {
      return exact.get();
    }
    List<String> starting = idOrPrefix.isEmpty() ? List.of() : idsStartingWith(idOrPrefix, 4);
    if (starting.size() == 1) {
      return get(starting.getFirst()).orElseThrow();
    }
    if (starting.size() > 1) {
      throw new java.util.NoSuchElementException("the article id prefix '" + idOrPrefix + "' matches several articles ("
          + String.join(", ", starting.subList(0, 3)) + (starting.size() > 3 ? ", ..." : "") + "); give more of the id");
    }
    List<String> near = List.of();
    for (int keep = idOrPrefix.length() - 1; keep >= Math.min(4, idOrPrefix.length()) && near.isEmpty() && keep > 0; keep--) {
      near = idsStartingWith(idOrPrefix.substring(0, keep), 20); // a mistyped tail: ids sharing the longest head
    }
    List<String> closest = DidYouMean.closest(idOrPrefix, near);
    throw new java.util.NoSuchElementException("no article with id '" + idOrPrefix + "'"
        + DidYouMean.hint(closest.isEmpty() ? near.stream().limit(3).toList() : closest));
  }

  long count();

  /** Makes everything put so far durable. */
  void commit();

  @Override
  void close();
}
