package io.storyline.web;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the page, in order
 * @param next  the cursor of the next page, or {@code null} on the last page; opaque to clients
 */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null);
  }

  /** The page of {@code all} from offset {@code cursor} (a number, null for the start); the next cursor is an offset too. */
  public static <T> Page<T> slice(List<T> all, String cursor, int limit) {
    int from;
    try {
      from = cursor == null || cursor.isBlank() ? 0 : Math.max(0, Integer.parseInt(cursor));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad cursor '" + cursor + "'; use the 'next' value of the previous page");
    }
    int to = Math.min(all.size(), from + limit);
    return new Page<>(all.subList(Math.min(from, to), to), to < all.size() ? Integer.toString(to) : null);
  }

  /** Every item of a paged listing: {@code pages} gives the page at a cursor (null first) of up to {@code size} items. */
  public static <T> List<T> all(java.util.function.BiFunction<String, Integer, Page<T>> pages, int size) {
    List<T> out = new java.util.ArrayList<>();
    String cursor = null;
    do {
      Page<T> page = pages.apply(cursor, size);
      out.addAll(page.items());
      cursor = page.next();
    } while (cursor != null);
    return out;
  }
}
