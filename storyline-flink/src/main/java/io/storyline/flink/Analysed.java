package io.storyline.flink;

import java.util.Comparator;

/**
 * The analysis of one topic record on its way to the writer: the analysed article in the store's JSON
 * ({@code article}), or the reason it was not analysed ({@code problem}, at {@code location}).
 */
public record Analysed(int partition, long offset, String location, String article, String problem) {
  /** The order the writer stores in: the topic's, partition by partition. */
  static final Comparator<Analysed> TOPIC_ORDER =
      Comparator.comparingInt(Analysed::partition).thenComparingLong(Analysed::offset);

  static Analysed article(KafkaArticle record, String article) {
    return new Analysed(record.partition(), record.offset(), record.path() + ":" + record.line(), article, null);
  }

  static Analysed problem(KafkaArticle record, String location, String problem) {
    return new Analysed(record.partition(), record.offset(), location, null, problem);
  }
}
