package io.storyline.flink;

import io.storyline.app.Analysis;
import io.storyline.app.Storage;
import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.events.ProfileText;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import io.storyline.store.ArticleJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * The per-article part of ingest, run at the job's parallelism: reads the JSON line as {@code storyline ingest}
 * reads it and runs the same stages ({@link Analysis}: clean, language, sentences, times, entity mentions, profile
 * text). Carries the result to the writer in the store's JSON, with the layers the linking steps read.
 */
final class AnalyseFunction extends RichMapFunction<KafkaArticle, Analysed> {
  /** What the stages add, so that the writer links the article exactly as ingest's writer would. */
  static ArticleJson codec() {
    List<io.storyline.core.Layer<?>> layers = new ArrayList<>(Storage.EXTRA_LAYERS);
    layers.add(ProfileText.LAYER);
    return new ArticleJson(layers);
  }

  private final String languages;
  private final String accuracy;
  private final long maxBytes;
  private transient Analysis analysis;
  private transient Ingestor reader;
  private transient ArticleJson codec;

  AnalyseFunction(String languages, String accuracy, long maxBytes) {
    this.languages = languages;
    this.accuracy = accuracy;
    this.maxBytes = maxBytes;
  }

  @Override
  public void open(OpenContext context) {
    analysis = Analysis.create(languages, accuracy);
    reader = new Ingestor(new IngestOptions(maxBytes));
    codec = codec();
  }

  @Override
  public Analysed map(KafkaArticle record) {
    List<Analysed> result = new ArrayList<>(1);
    reader.readJsonLine(record.json(), record.path(), record.line(), record.charset(), new IngestSink() {
      @Override
      public void accept(Article article) {
        result.add(switch (analysis.pipeline().process(article)) {
          case Outcome.Processed p -> Analysed.article(record, codec.write(p.article()));
          // stored with the stages that finished; its meta says which did not run, as ingest stores it
          case Outcome.Partial p -> Analysed.article(record, codec.write(p.article()));
          case Outcome.Failed f -> Analysed.problem(record, f.source(),
              "failed at stage '" + f.stage() + "': " + f.reason());
        });
      }

      @Override
      public void reject(String location, String reason) {
        result.add(Analysed.problem(record, location, reason));
      }
    });
    return result.isEmpty() ? Analysed.problem(record, record.path() + ":" + record.line(), "blank line") : result.get(0);
  }
}
