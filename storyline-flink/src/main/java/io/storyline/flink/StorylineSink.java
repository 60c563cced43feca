package io.storyline.flink;

import java.nio.file.Path;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The serial end of the job: stores analysed articles into a Storyline data directory through the same writer as
 * {@code storyline ingest} ({@link io.storyline.app.ArticleWriter}), and, when a cluster store is configured, copies
 * each checkpoint into it ({@link ClusterMirror}). Run at parallelism 1 ({@link StorylineWriter}).
 */
final class StorylineSink implements Sink<Analysed> {
  private final String data;
  private final String languages;
  private final String accuracy;
  private final String store;

  /** @param store an OpenSearch store address to copy each checkpoint into ({@link ClusterMirror}), or null */
  StorylineSink(Path data, String languages, String accuracy, String store) {
    this.data = data.toAbsolutePath().toString();
    this.languages = languages;
    this.accuracy = accuracy;
    this.store = store;
  }

  @Override
  public SinkWriter<Analysed> createWriter(WriterInitContext context) {
    if (context.getTaskInfo().getNumberOfParallelSubtasks() != 1) {
      throw new IllegalStateException("the Storyline writer must run at parallelism 1, found "
          + context.getTaskInfo().getNumberOfParallelSubtasks());
    }
    return new StorylineWriter(Path.of(data), languages, accuracy, store == null ? null : new ClusterMirror(store));
  }
}
