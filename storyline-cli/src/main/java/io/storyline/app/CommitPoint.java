package io.storyline.app;

import io.storyline.entities.log.JsonlFile;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.events.Chronicle;
import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The one commit point of a data directory: the article store's commit. The parts derived from the articles commit
 * first (the registry log, the chronicle's profile log, the search index), then the store, whose commit records, in
 * the same atomic step, where each of them stood: the length of each log and the number of the search index's
 * commit. Whatever a part holds beyond that was never committed, since the kill came before the store's commit;
 * {@link #recover} cuts it off before a writer opens the directory, so the parts agree with the store again, and
 * readers read each part only up to the recorded point ({@link Workspace#read}).
 */
final class CommitPoint {
  static final String REGISTRY = "storyline.entities.bytes";
  static final String PROFILES = "storyline.profiles.bytes";
  static final String SEARCH = "storyline.search.sequence";

  private final Map<String, String> recorded;

  private CommitPoint(Map<String, String> recorded) {
    this.recorded = new HashMap<>(recorded);
  }

  /** The positions the store's last commit in {@code data} recorded (none for a directory written before them). */
  static CommitPoint of(Map<String, String> recorded) {
    return new CommitPoint(recorded);
  }

  static Path registryLog(Path data) {
    return data.resolve("entities").resolve(JsonlRegistryLog.FILE_NAME);
  }

  static Path profileLog(Path data) {
    return data.resolve("events").resolve(Chronicle.PROFILES);
  }

  /**
   * Cuts off what the parts of {@code data} hold beyond the store's last commit: the records after the recorded
   * lengths of the logs (kept in {@code <log>.cut}) and the search index's commit after the recorded one (the index is
   * deleted, to be filled again from the store, when that commit is no longer kept). Repeating it changes nothing.
   */
  static void recover(Path data) {
    CommitPoint point = of(LuceneArticleStore.committedData(data));
    point.length(REGISTRY).ifPresent(n -> JsonlFile.cutAt(registryLog(data), n));
    point.length(PROFILES).ifPresent(n -> JsonlFile.cutAt(profileLog(data), n));
    OptionalLong search = point.length(SEARCH);
    if (search.isPresent() && !SearchIndex.rollBack(data, search.getAsLong())) {
      Switchover.deleteTree(data.resolve("search")); // filled again from the store when next opened
    }
  }

  /** The recorded position {@code key}, if the commit recorded it. */
  OptionalLong length(String key) {
    String value = recorded.get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
  }

  /** Sets position {@code key} for the next commit (positions of parts not open carry over). */
  synchronized void set(String key, long value) {
    recorded.put(key, Long.toString(value));
  }

  synchronized Map<String, String> positions() {
    return Map.copyOf(recorded);
  }
}
