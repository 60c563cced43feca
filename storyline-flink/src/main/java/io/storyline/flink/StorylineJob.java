package io.storyline.flink;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The ingest pipeline as a Flink DataStream job: Kafka source, the per-article stages at the configured
 * parallelism ({@link AnalyseFunction}), and the serial writer at parallelism 1 ({@link StorylineSink}), with
 * exactly-once checkpoints. The job resumes from the offsets its consumer group committed at the last completed
 * checkpoint, or from the start of the topic.
 */
public final class StorylineJob {
  /** The job's name, as {@code cluster status} lists it. */
  public static final String NAME = "storyline-ingest";
  static final long MAX_BYTES = 10L * 1024 * 1024;

  private StorylineJob() {}

  /** Flink settings the job needs: restarts after a failure, checkpoints kept when the job is cancelled. */
  public static Configuration configuration() {
    Configuration c = new Configuration();
    c.setString("restart-strategy.type", "fixed-delay");
    c.setString("restart-strategy.fixed-delay.attempts", "10");
    c.setString("restart-strategy.fixed-delay.delay", "1 s");
    c.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
    return c;
  }

  /**
   * Adds the job to {@code env}.
   *
   * @param bounded stop at the end of what the topic holds when the job starts (a backfill, a measurement), else
   *                run until cancelled
   */
  public static void define(StreamExecutionEnvironment env, ClusterConfig config, boolean bounded) {
    env.enableCheckpointing(config.checkpoints().toMillis(), CheckpointingMode.EXACTLY_ONCE);
    KafkaSourceBuilder<KafkaArticle> source = KafkaSource.<KafkaArticle>builder()
        .setBootstrapServers(config.kafka())
        .setTopics(config.topic())
        .setGroupId(config.group())
        .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
        .setDeserializer(new KafkaArticleSchema());
    if (bounded) {
      source.setBounded(OffsetsInitializer.latest());
    }
    env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "kafka " + config.topic())
        .uid("kafka-source").setParallelism(Math.min(config.parallelism(), config.partitions()))
        .rebalance()
        .map(new AnalyseFunction(config.languages(), config.accuracy(), MAX_BYTES))
        .uid("analyse").name("analyse (clean, language, sentences, times, entities, profile)")
        .setParallelism(config.parallelism())
        .sinkTo(new StorylineSink(config.data(), config.languages(), config.accuracy(), config.store()))
        .uid("store").name("store (link, place in events, index; serial)")
        .setParallelism(1);
  }
}
