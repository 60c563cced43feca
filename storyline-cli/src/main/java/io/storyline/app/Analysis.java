package io.storyline.app;

import io.storyline.clean.CleanStage;
import io.storyline.core.Pipeline;
import io.storyline.entities.EntityStage;
import io.storyline.entities.MentionRecognizer;
import io.storyline.events.ProfileTextStage;
import io.storyline.language.AccuracyMode;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import io.storyline.language.LanguageStage;
import io.storyline.sentence.SentenceStage;
import io.storyline.time.TimeExpressionExtractor;
import io.storyline.time.TimeStage;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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

  /**
   * Loads the language models on a thread of their own while this one loads the entity recogniser (the CLDR
   * gazetteer, dictionaries and name models) and the other stages: the two largest loads overlap.
   */
  private Analysis(Supplier<LanguageIdentifier> languages, Duration time) {
    CompletableFuture<LanguageIdentifier> loading = CompletableFuture.supplyAsync(languages, task -> {
      Thread t = new Thread(task, "storyline-load-languages");
      t.setDaemon(true);
      t.start();
    });
    this.recognizer = new MentionRecognizer();
    CleanStage clean = new CleanStage();
    SentenceStage sentences = new SentenceStage();
    TimeStage times = new TimeStage(new TimeExpressionExtractor());
    ProfileTextStage profile = new ProfileTextStage();
    this.identifier = join(loading);
    this.pipeline = Pipeline.builder()
        .analysisTime(time)
        .add(clean)
        .add(new LanguageStage(identifier))
        .add(sentences)
        .add(times)
        .add(new EntityStage(recognizer))
        .add(profile)
        .build();
  }

  /** The loaded value, or what loading it threw, as thrown. */
  private static <T> T join(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
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
    LanguageSet set = LanguageSet.parse(languages);
    AccuracyMode.parse(accuracy); // a bad value is refused here, before anything loads
    return new Analysis(() -> LanguageIdentifier.create(set, accuracy), time);
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
