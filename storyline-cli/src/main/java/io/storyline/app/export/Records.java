package io.storyline.app.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One kind of thing an export writes (articles, entities, events, storylines), in each export format: a JSON
 * object for JSON Lines, a row for CSV, a schema.org node for JSON-LD.
 */
interface Records<T> {
  /** How many there are, for progress. */
  long count();

  /** Visits every one, streaming: nothing but the current one need be held. */
  void forEach(Consumer<T> visitor);

  ObjectNode json(T item);

  /** Visits every one as {@link #json}; a kind may stream its JSON without building the items. */
  default void forEachJson(Consumer<ObjectNode> visitor) {
    forEach(item -> visitor.accept(json(item)));
  }

  /** The CSV header. */
  List<String> columns();

  /** One CSV row, keyed by {@link #columns()}. */
  Map<String, Object> row(T item);

  /** The item as a schema.org node of a JSON-LD {@code @graph}. */
  ObjectNode jsonLd(T item);

  /** The item named for messages: "article 19d24da41d9fe7e1". */
  String label(T item);
}
