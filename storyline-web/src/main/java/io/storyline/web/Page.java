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
}
