package io.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.entities.log.JsonlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronicleSnapshotTest {
  private static final List<Profile> CORPUS = Synthetic.corpus(1400, 60, 11);

  private static Chronicle open(Path dir) {
    return Chronicle.open(dir, Chronicle.Options.DEFAULT, id -> Optional.empty());
  }

  /** The events and storylines of a chronicle, with where each article went. */
  private static List<Object> state(Chronicle c, List<Profile> profiles) {
    return List.of(c.events(), c.storylines(), c.counts(),
        profiles.stream().map(p -> c.eventOf(p.articleId()) + "/" + c.storylineOf(p.articleId())).toList());
  }

  private static List<Object> replayedInMemory(List<Profile> profiles) {
    Chronicle c = Chronicle.inMemory(Chronicle.Options.DEFAULT, id -> Optional.empty());
    profiles.forEach(c::add);
    return state(c, profiles);
  }

  private static void addAndClose(Path dir, List<Profile> profiles) {
    try (Chronicle c = open(dir)) {
      profiles.forEach(c::add);
      c.commit();
    }
  }

  @Test
  void aChronicleOpenedFromItsSnapshotPlacesLaterArticlesExactlyAsOneThatReplayedEveryArticle(@TempDir Path dir) {
    addAndClose(dir, CORPUS.subList(0, 700));
    assertThat(ChronicleSnapshot.read(dir, Chronicle.Options.DEFAULT.toString(), Long.MAX_VALUE)).isPresent();
    try (Chronicle c = open(dir)) {
      assertThat(state(c, CORPUS.subList(0, 700))).isEqualTo(replayedInMemory(CORPUS.subList(0, 700)));
      CORPUS.subList(700, CORPUS.size()).forEach(c::add);
      assertThat(state(c, CORPUS)).isEqualTo(replayedInMemory(CORPUS));
    }
    try (Chronicle c = open(dir)) { // from the snapshot its close wrote
      assertThat(state(c, CORPUS)).isEqualTo(replayedInMemory(CORPUS));
    }
  }

  @Test
  void aReaderAtAnEarlierCommitPointDoesNotUseASnapshotTakenAfterIt(@TempDir Path dir) {
    addAndClose(dir, CORPUS.subList(0, 500));
    long committed = size(dir.resolve(Chronicle.PROFILES));
    addAndClose(dir, CORPUS.subList(500, 900));
    Chronicle read = Chronicle.readOnly(dir, Chronicle.Options.DEFAULT, id -> Optional.empty(), committed);
    assertThat(state(read, CORPUS.subList(0, 500))).isEqualTo(replayedInMemory(CORPUS.subList(0, 500)));
  }

  @Test
  void aSnapshotAheadOfALogCutBackAfterAKillIsNotUsed(@TempDir Path dir) {
    addAndClose(dir, CORPUS.subList(0, 500));
    long committed = size(dir.resolve(Chronicle.PROFILES));
    addAndClose(dir, CORPUS.subList(500, 900));
    JsonlFile.cutAt(dir.resolve(Chronicle.PROFILES), committed); // what recovery does to a log ahead of the store
    assertThat(ChronicleSnapshot.read(dir, Chronicle.Options.DEFAULT.toString(), Long.MAX_VALUE)).isEmpty();
    try (Chronicle c = open(dir)) {
      assertThat(state(c, CORPUS.subList(0, 500))).isEqualTo(replayedInMemory(CORPUS.subList(0, 500)));
      // the log grows past the snapshot's length again, with other articles: the snapshot is still not theirs
      CORPUS.subList(1000, 1400).forEach(c::add);
      c.commit();
    }
    List<Profile> logged = new java.util.ArrayList<>(CORPUS.subList(0, 500));
    logged.addAll(CORPUS.subList(1000, 1400));
    try (Chronicle c = open(dir)) {
      assertThat(state(c, logged)).isEqualTo(replayedInMemory(logged));
    }
  }

  @Test
  void aDamagedSnapshotIsSkippedAndTheLogReplayed(@TempDir Path dir) throws Exception {
    addAndClose(dir, CORPUS.subList(0, 300));
    Path snapshot = dir.resolve(ChronicleSnapshot.FILE);
    byte[] bytes = Files.readAllBytes(snapshot);
    Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (Chronicle c = open(dir)) {
      assertThat(state(c, CORPUS.subList(0, 300))).isEqualTo(replayedInMemory(CORPUS.subList(0, 300)));
    }
  }

  @Test
  void aStorylineCorrectionMadeAfterTheSnapshotMakesItStale(@TempDir Path dir) {
    addAndClose(dir, CORPUS.subList(0, 300));
    try (Chronicle c = open(dir)) {
      List<Storyline> storylines = c.storylines();
      c.mergeStorylines(List.of(storylines.get(0).id(), storylines.get(1).id()), "editor@example.org");
    }
    Chronicle replayed = Chronicle.replay(dir, Chronicle.Options.DEFAULT, id -> Optional.empty(), 300);
    try (Chronicle c = open(dir)) {
      assertThat(state(c, CORPUS.subList(0, 300))).isEqualTo(state(replayed, CORPUS.subList(0, 300)));
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
