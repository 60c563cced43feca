package io.storyline.app;

import io.storyline.clean.CleanStage;
import io.storyline.core.Pipeline;
import io.storyline.entities.EntityStage;
import io.storyline.entities.MentionRecognizer;
import io.storyline.events.ProfileTextStage;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import io.storyline.language.LanguageStage;
import io.storyline.sentence.SentenceStage;
import io.storyline.time.TimeExpressionExtractor;
import io.storyline.time.TimeStage;
import java.time.Duration;

/**
 * The analysis every ingested article goes through: cleanup, language, sentences, times, entity
 * mentions, and the text part of its event profile. Built once per run; linking mentions to the registry
 * and placing the article in events happen afterwards, in the single writer of the ingest run.
 */
public final class Analysis {
  /**
   * The processor time an article's analysis may take by default; a text that needs more (megabytes in one
   * paragraph) is stored with the stages that finished in this time.
   */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(30);

  private final LanguageIdentifier identifier;
  private final MentionRecognizer recognizer;
  private final Pipeline pipeline;

  private Analysis(LanguageIdentifier identifier, Duration time) {
    this.identifier = identifier;
    this.recognizer = new MentionRecognizer();
    this.pipeline = Pipeline.builder()
        .analysisTime(time)
        .add(new CleanStage())
        .add(new LanguageStage(identifier))
        .add(new SentenceStage())
        .add(new TimeStage(new TimeExpressionExtractor()))
        .add(new EntityStage(recognizer))
        .add(new ProfileTextStage())
        .build();
  }

  /**
   * @param languages a language set name or code list (see {@link LanguageSet#parse})
   * @param accuracy  {@code high} or {@code low}
   */
  public static Analysis create(String languages, String accuracy) {
    return create(languages, accuracy, DEFAULT_TIME);
  }

  /** As {@link #create(String, String)}, each article's analysis taking at most {@code time} of processor time. */
  public static Analysis create(String languages, String accuracy, Duration time) {
    return new Analysis(LanguageIdentifier.create(LanguageSet.parse(languages), accuracy), time);
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public LanguageIdentifier identifier() {
    return identifier;
  }

  public MentionRecognizer recognizer() {
    return recognizer;
  }
}
