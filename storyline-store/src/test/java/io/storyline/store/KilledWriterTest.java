package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer process killed with SIGKILL mid-ingest loses nothing it reported as stored. */
class KilledWriterTest {
  @TempDir Path data;

  /** The child process: stores articles forever, committing every 7 and reporting "committed N". */
  public static void main(String[] args) {
    try (LuceneArticleStore store = LuceneArticleStore.open(Path.of(args[0]))) {
      for (int i = 0; ; i++) {
        store.put(Article.of("doc-" + i, "child", null, null, "Article body number " + i + " ".repeat(i % 50) + "x".repeat(500), Map.of()));
        if (i % 7 == 6) {
          store.commit();
          System.out.println("committed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }

  @Test
  void aKillAfterACommitLosesNoCommittedArticleAndLeavesTheStoreReadable() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledWriterTest.class.getName(), data.toString())
        .redirectErrorStream(true).start();
    int acknowledged = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          acknowledged = Integer.parseInt(line.substring(10));
          if (acknowledged >= 200) {
            break;
          }
        }
      }
      child.destroyForcibly(); // SIGKILL, while it keeps writing
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acknowledged).isGreaterThanOrEqualTo(200);
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      assertThat(store.count()).isGreaterThanOrEqualTo(acknowledged);
      for (int i = 0; i < acknowledged; i++) {
        assertThat(store.get("doc-" + i)).as("acknowledged article doc-%d", i).isPresent();
      }
    }
  }
}
