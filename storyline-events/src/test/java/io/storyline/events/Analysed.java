package io.storyline.events;

import io.storyline.clean.CleanStage;
import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.entities.EntityStage;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.language.AccuracyMode;
import io.storyline.language.LanguageIdentifier;
import io.storyline.language.LanguageSet;
import io.storyline.language.LanguageStage;
import io.storyline.sentence.SentenceStage;
import io.storyline.time.TimeExpressionExtractor;
import io.storyline.time.TimeStage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The real upstream pipeline (cleanup, language, sentences, times, entities), built once for all tests. */
public final class Analysed {
  static final MentionRecognizer RECOGNIZER = new MentionRecognizer();
  public static final Pipeline PIPELINE = Pipeline.builder()
      .add(new CleanStage())
      .add(new LanguageStage(new LanguageIdentifier(
          LanguageSet.parse("pl,uk,it,hu,nl,en,de,ru,cs,bg,sl,es,fr,tr,ar"), AccuracyMode.LOW)))
      .add(new SentenceStage())
      .add(new TimeStage(new TimeExpressionExtractor()))
      .add(new EntityStage(RECOGNIZER))
      .build();
  static final Instant AT = Instant.parse("2025-05-01T00:00:00Z");

  private Analysed() {}

  /** The repository root, as surefire passes it. */
  static Path repo() {
    return Path.of(System.getProperty("storyline.repo", ".."));
  }

  /** The shared evaluation data, or a skipped test when it is absent. */
  public static Path evaldata(String set) {
    Path dir = repo().resolve("../shared/evaldata").resolve(set).normalize();
    Assumptions.assumeTrue(Files.exists(dir), "evaluation data " + dir + " is absent (research-only data kept outside "
        + "the repository); skipping");
    return dir;
  }

  public static EntityRegistry registry() {
    return EntityRegistry.inMemory(RECOGNIZER.gazetteer()::canonical);
  }

  static Profiler profiler(EntityRegistry registry) {
    return new Profiler(id -> registry.get(id).map(Entity::name));
  }

  /** Runs the pipeline and links the entities. */
  public static Article analyse(Article article, EntityRegistry registry) {
    Outcome o = PIPELINE.process(article);
    if (o instanceof Outcome.Processed p) {
      return registry.link(p.article(), AT);
    }
    throw new IllegalStateException("analysis failed: " + o);
  }

  /** The five seed articles (000 pl .. 004 nl), unanalysed, in file order. */
  public static List<Article> seeds() {
    Path dir = repo().resolve("examples");
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
          .map(p -> Article.of(null, p.toString(), null, null, read(p), Map.of())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
