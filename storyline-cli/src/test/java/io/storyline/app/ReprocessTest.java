package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Pipeline;
import io.storyline.core.Stage;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.Mention;
import io.storyline.entities.registry.Entity;
import io.storyline.events.Event;
import io.storyline.events.Storyline;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reprocessing the example corpus when analysis fails, when the recogniser changes, and when the run is killed. */
class ReprocessTest {
  static final Path EXAMPLES = Path.of(System.getProperty("storyline.repo", ".."), "examples");
  static final String LANGS = "pl,uk,it,hu,nl,en,de,ru";
  /** The Hungarian example, which the stages below treat differently. */
  static final String VICTIM = "839e50d6c1352580";

  static Analysis analysis;
  static Function<String, String> names;

  @TempDir Path tmp;
  /** The examples ingested once, in {@link #loadTheAnalysisAndIngestTheExamplesOnce()}. */
  @TempDir static Path shared;

  static void loadTheAnalysis() {
    analysis = Analysis.create(LANGS, "low");
    names = analysis.recognizer().gazetteer()::canonical;
  }

  @BeforeAll
  static void loadTheAnalysisAndIngestTheExamplesOnce() {
    loadTheAnalysis();
    ingest(shared.resolve("examples"), EXAMPLES);
  }

  static void ingest(Path data, Path input) {
    try (Workspace w = Workspace.open(data, names)) {
      IngestRun.into(w, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), 2)
          .run(List.of(input.toString()), InputStream.nullInputStream(), r -> {});
    }
  }

  /** Entities with their variants, counts, articles and dates; storylines; events; stored articles. */
  static String state(Path data) {
    StringBuilder b = new StringBuilder();
    try (Workspace w = Workspace.open(data, names)) {
      for (Entity e : w.entities().entities()) {
        b.append(e.id()).append(' ').append(e.type()).append(' ').append(e.name()).append(' ')
            .append(new TreeSet<>(e.articles())).append(' ').append(e.firstSeen()).append(' ').append(e.lastSeen())
            .append(' ').append(e.variants().stream().map(v -> v.id() + "=" + v.count()).sorted().toList()).append('\n');
      }
      for (Storyline s : w.chronicle().storylines()) {
        b.append(s.id()).append(' ').append(s.label()).append(' ').append(s.eventIds()).append('\n');
      }
      for (Event e : w.chronicle().events()) {
        b.append(e.id()).append(' ').append(e.articleIds()).append(' ').append(e.gist()).append('\n');
      }
      w.articles().forEach(a -> b.append(a.id()).append(' ').append(a.get(EntityLayers.MENTIONS).orElse(List.of())).append('\n'));
    }
    return b.toString();
  }

  /** The real analysis followed by {@code after}, a stage that changes or breaks some articles. */
  static Pipeline with(String name, UnaryOperator<Article> after) {
    Pipeline.Builder b = Pipeline.builder();
    analysis.pipeline().stages().forEach(b::add);
    return b.add(new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer<?>> requires() {
        return Set.of(EntityLayers.MENTIONS);
      }

      @Override
      public Set<Layer<?>> provides() {
        return Set.of();
      }

      @Override
      public Article apply(Article article) {
        return after.apply(article);
      }
    }).build();
  }

  /** This test's own copy of the ingested examples. */
  private Path examples() {
    return DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
  }

  @Test
  void anArticleWhoseAnalysisFailsNowIsReportedAndKeepsItsPreviousAnalysisWhileTheOthersAreReprocessed() {
    Path data = examples();
    String before = state(data);
    assertThat(before).contains(VICTIM);
    Pipeline flaky = with("flaky", a -> {
      if (a.id().equals(VICTIM)) {
        throw new IllegalStateException("the new model cannot read this one");
      }
      return a;
    });

    ReprocessReport r = new Reprocess(flaky, names, 2).run(data, x -> {});

    assertThat(r.total()).isEqualTo(5);
    assertThat(r.reprocessed()).isEqualTo(4);
    assertThat(r.failed()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(VICTIM);
      assertThat(p.reason()).contains("stage 'flaky'").contains("the new model cannot read this one")
          .contains("keeps its previous analysis");
    });
    assertThat(r.switched()).isTrue();
    assertThat(state(data)).isEqualTo(before);
  }

  @Test
  void whenNoArticleCanBeReprocessedTheDataIsLeftAsItWas() {
    Path data = examples();
    String before = state(data);
    Pipeline broken = with("broken", a -> {
      throw new IllegalStateException("no model");
    });

    ReprocessReport r = new Reprocess(broken, names, 1).run(data, x -> {});

    assertThat(r.reprocessed()).isZero();
    assertThat(r.failed()).hasSize(5);
    assertThat(r.switched()).isFalse();
    assertThat(data.resolve(Switchover.NEXT)).doesNotExist();
    assertThat(state(data)).isEqualTo(before);
  }

  @Test
  void aCorrectionOfAnEntityTheNewAnalysisNoLongerFindsIsReportedAndTheOthersHold() {
    Path data = examples();
    try (Workspace w = Workspace.open(data, names)) {
      w.entities().rename("loc-au", "Oz", "tester");
      w.entities().rename("org-nato", "North Atlantic Treaty Organization", "tester");
      w.entities().commit();
    }
    Pipeline noAustralia = with("no-australia", a -> a.with(EntityLayers.MENTIONS, a.expect(EntityLayers.MENTIONS).stream()
        .filter(m -> !List.of("Australia", "Австралія").contains(m.lemma())).toList()));

    ReprocessReport r = new Reprocess(noAustralia, names, 2).run(data, x -> {});

    assertThat(r.entityCorrections()).isEqualTo(1);
    assertThat(r.dropped()).singleElement().satisfies(p -> {
      assertThat(p.location()).contains("rename of loc-au to 'Oz' by tester");
      assertThat(p.reason()).contains("loc-au").contains("not in the registry");
    });
    try (Workspace w = Workspace.open(data, names)) {
      assertThat(w.entities().get("loc-au")).isEmpty();
      assertThat(w.entities().get("org-nato")).hasValueSatisfying(e -> {
        assertThat(e.name()).isEqualTo("North Atlantic Treaty Organization");
        assertThat(e.articles()).hasSize(5);
      });
      w.articles().forEach(a -> assertThat(a.expect(EntityLayers.MENTIONS)).extracting(Mention::lemma)
          .doesNotContain("Australia", "Австралія"));
    }
  }

  /** The child process of the kill test: reprocesses {@code args[0]}, getting stuck on the third article. */
  public static void main(String[] args) {
    loadTheAnalysis();
    AtomicInteger seen = new AtomicInteger();
    Pipeline stuck = with("stuck", a -> {
      if (seen.incrementAndGet() == 3) {
        System.out.println("stuck");
        System.out.flush();
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return a;
    });
    new Reprocess(stuck, names, 1).run(Path.of(args[0]), r -> {});
  }

  @Test
  void aReprocessKilledMidwayLeavesTheDataAsItWasAndTheNextRunStartsAfresh() throws Exception {
    Path data = examples();
    String before = state(data);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ReprocessTest.class.getName(), data.toString())
        .redirectErrorStream(true).start();
    boolean stuck = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; !stuck && (line = out.readLine()) != null; ) {
        stuck = line.equals("stuck");
      }
      child.destroyForcibly(); // SIGKILL, halfway through
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stuck).as("the child got to the third article").isTrue();
    assertThat(data.resolve(Switchover.NEXT)).isDirectory();

    assertThat(state(data)).isEqualTo(before);
    ReprocessReport r = new Reprocess(analysis.pipeline(), names, 2).run(data, x -> {});
    assertThat(r.reprocessed()).isEqualTo(5);
    assertThat(data.resolve(Switchover.NEXT)).doesNotExist();
    assertThat(state(data)).isEqualTo(before);
  }

  @Test
  void aSwitchOverInterruptedByAKillIsFinishedByTheNextCommandThatOpensTheData() throws Exception {
    Path data = examples();
    Path other = tmp.resolve("other");
    ingest(other, EXAMPLES.resolve("004_bcfb92fbb7ce6496.txt"));
    String reprocessed = state(other);
    // A reprocess built `other` as the new state, marked it complete, and was killed after moving articles/ aside.
    Path next = Files.createDirectories(data.resolve(Switchover.NEXT));
    for (String part : Switchover.PARTS) {
      Files.move(other.resolve(part), next.resolve(part));
    }
    Files.writeString(next.resolve(Switchover.COMPLETE), "complete\n");
    Files.createDirectories(data.resolve(Switchover.OLD));
    Files.move(data.resolve("articles"), data.resolve(Switchover.OLD).resolve("articles"));

    assertThat(state(data)).isEqualTo(reprocessed);
    assertThat(data.resolve(Switchover.NEXT)).doesNotExist();
    assertThat(data.resolve(Switchover.OLD)).doesNotExist();
  }
}
