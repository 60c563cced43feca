package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.app.KillChain;
import io.storyline.app.Workspace;
import io.storyline.entities.registry.Entity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process writes a data directory: while {@code serve} runs (a real child process), the read commands work,
 * a correction from the command line is refused with a message that names the server, and a correction made
 * through the server is what the read commands then show.
 */
class OneWriterTest {
  @TempDir Path tmp;

  @Test
  void whileServeRunsReadCommandsWorkACommandLineCorrectionIsSentToTheServerAndTheServersCorrectionIsSeen()
      throws Exception {
    Path data = tmp.resolve("data");
    String dataOption = "--data=" + data;
    assertThat(CliTest.run(dataOption, "ingest", CliTest.LANGS, CliTest.EXAMPLES.toString()).code()).isZero();
    Entity entity;
    String storyline;
    try (Workspace w = Workspace.read(data, k -> null)) {
      entity = w.entities().entities().getFirst();
      storyline = w.chronicle().storylines().getFirst().id();
    }
    String article = "af486d10792c8325";

    KillChain.Child serve = new KillChain.Child("Storyline is serving", "serve", "--data", data.toString(), "--port", "0");
    try {
      assertThat(serve.working.await(3, TimeUnit.MINUTES)).as(String.join("\n", serve.output)).isTrue();
      String line = serve.output.stream().filter(l -> l.contains("Storyline is serving")).findFirst().orElseThrow();
      String url = line.substring(line.indexOf("http://")).strip();

      for (String[] read : new String[][] {{"articles"}, {"show", article}, {"entities"}, {"entity", entity.id()},
          {"events"}, {"storylines"}, {"timeline"}, {"export", "--format", "jsonl"}}) {
        String[] args = new String[read.length + 1];
        args[0] = dataOption;
        System.arraycopy(read, 0, args, 1, read.length);
        CliTest.Run r = CliTest.run(args);
        assertThat(r.code()).as("storyline %s while serve runs: %s", String.join(" ", read), r.err()).isZero();
      }
      CliTest.Run refused = CliTest.run(dataOption, "entity", "rename", entity.id(), "Renamed from the command line");
      assertThat(refused.code()).isEqualTo(1);
      assertThat(refused.err()).contains("is being written by another Storyline process")
          .contains("storyline serve at " + url).contains("make corrections through the running server");
      assertThat(CliTest.run(dataOption, "storyline", "merge", storyline, storyline).err())
          .contains("storyline serve at " + url);

      HttpResponse<String> renamed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(url + "api/entities/" + entity.id() + "/rename"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Renamed through the server\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

      CliTest.Run shown = CliTest.run(dataOption, "entity", entity.id());
      assertThat(shown.out()).contains("name      Renamed through the server");
    } finally {
      serve.process.destroy();
      serve.process.waitFor(1, TimeUnit.MINUTES);
    }
    try (Workspace w = Workspace.read(data, k -> null)) {
      assertThat(w.entities().get(entity.id()).orElseThrow().name()).isEqualTo("Renamed through the server");
    }
  }
}
