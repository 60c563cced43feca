package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.search.SearchIndex;
import io.storyline.store.LuceneArticleStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article store's commit is the data directory's commit point: what the registry log, the profile log and the
 * search index hold beyond it (a kill between their commits and the store's) is cut off when a writer opens the
 * directory, while readers read only up to it.
 */
class CommitPointTest {
  @TempDir static Path shared;
  @TempDir Path tmp;

  @BeforeAll
  static void ingestTheExamplesOnce() {
    ReprocessTest.loadTheAnalysis();
    ReprocessTest.ingest(shared.resolve("examples"), ReprocessTest.EXAMPLES);
  }

  /** Appends the last complete record of {@code log} once more, as a commit that the store never recorded would. */
  private static byte[] appendLastRecordAgain(Path log) throws Exception {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    byte[] extra = (lines.getLast() + "\n").getBytes(StandardCharsets.UTF_8);
    Files.write(log, extra, StandardOpenOption.APPEND);
    return extra;
  }

  @Test
  void whatTheLogsAndTheSearchIndexHoldBeyondTheStoresLastCommitIsCutOffWhenAWriterOpensAndKeptInCutFiles()
      throws Exception {
    Path data = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    Map<String, String> before = KillChain.state(data);
    Map<String, String> recorded = LuceneArticleStore.committedData(data);
    assertThat(recorded).containsKeys(CommitPoint.REGISTRY, CommitPoint.PROFILES, CommitPoint.SEARCH);
    Path registry = CommitPoint.registryLog(data);
    Path profiles = CommitPoint.profileLog(data);
    long registryBytes = Files.size(registry);
    long profileBytes = Files.size(profiles);
    assertThat(recorded.get(CommitPoint.REGISTRY)).isEqualTo(Long.toString(registryBytes));
    byte[] seenAgain = appendLastRecordAgain(registry);
    byte[] placedAgain = appendLastRecordAgain(profiles);
    try (SearchIndex search = SearchIndex.open(data)) { // an article indexed and committed, never stored
      search.index(io.storyline.core.Article.of("never-stored", "test", null, "Ryanair", "Ryanair cancels flights.",
          Map.of()));
      search.commit();
    }

    assertThat(KillChain.state(data)).as("what a reader sees meanwhile").isEqualTo(before);
    try (Workspace writer = Workspace.open(data, k -> null)) {
      assertThat(Files.size(registry)).isEqualTo(registryBytes);
      assertThat(Files.size(profiles)).isEqualTo(profileBytes);
      assertThat(writer.search().count()).isEqualTo(writer.articles().count());
    }
    assertThat(Files.readAllBytes(registry.resolveSibling(registry.getFileName() + ".cut"))).isEqualTo(seenAgain);
    assertThat(Files.readAllBytes(profiles.resolveSibling(profiles.getFileName() + ".cut"))).isEqualTo(placedAgain);
    assertThat(KillChain.state(data)).isEqualTo(before);
  }

  @Test
  void aCorrectionIsCommittedWithTheStoreSoTheNextWriterKeepsIt() {
    Path data = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    String id;
    try (Workspace w = Workspace.open(data, k -> null)) {
      id = w.entities().entities().getFirst().id();
      w.entities().rename(id, "Renamed once", "test");
      w.commit();
    }
    assertThat(LuceneArticleStore.committedData(data).get(CommitPoint.REGISTRY))
        .isEqualTo(Long.toString(CommitPoint.registryLog(data).toFile().length()));
    try (Workspace w = Workspace.open(data, k -> null)) {
      assertThat(w.entities().get(id).orElseThrow().name()).isEqualTo("Renamed once");
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageNamingTheFirst() {
    Path data = DataCopy.of(shared.resolve("examples"), tmp.resolve("data"));
    try (Workspace first = Workspace.open(data, k -> null)) {
      first.describeWriter("storyline serve at http://127.0.0.1:1234/");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Workspace.open(data, k -> null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is being written by another Storyline process")
          .hasMessageContaining("storyline serve at http://127.0.0.1:1234/")
          .hasMessageContaining("Read commands");
      try (Workspace reader = Workspace.read(data, k -> null)) {
        assertThat(reader.articles().count()).isEqualTo(5);
        org.assertj.core.api.Assertions.assertThatThrownBy(reader::commit)
            .hasMessageContaining("opened to read; only its writer commits");
      }
    }
  }
}
