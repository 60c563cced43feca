package io.storyline.flink;

import java.nio.file.Path;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * The serial end of the job: stores analysed articles into a Storyline data directory through the same writer as
 * {@code storyline ingest} ({@link io.storyline.app.ArticleWriter}). Run at parallelism 1 ({@link StorylineWriter}).
 */
final class StorylineSink implements Sink<Analysed> {
  private final String data;
  private final String languages;
  private final String accuracy;

  StorylineSink(Path data, String languages, String accuracy) {
    this.data = data.toAbsolutePath().toString();
    this.languages = languages;
    this.accuracy = accuracy;
  }

  @Override
  public SinkWriter<Analysed> createWriter(WriterInitContext context) {
    if (context.getTaskInfo().getNumberOfParallelSubtasks() != 1) {
      throw new IllegalStateException("the Storyline writer must run at parallelism 1, found "
          + context.getTaskInfo().getNumberOfParallelSubtasks());
    }
    return new StorylineWriter(Path.of(data), languages, accuracy);
  }
}
