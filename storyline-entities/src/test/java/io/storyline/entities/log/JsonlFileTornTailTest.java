package io.storyline.entities.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.JsonlRegistryLog;
import io.storyline.entities.registry.RegistryEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileTornTailTest {
  @TempDir
  Path dir;

  /** A real registry log whose last record (a "seen" line) names a person in Cyrillic: two-byte characters. */
  private byte[] realLog() throws IOException {
    Path logDir = dir.resolve("whole");
    try (EntityRegistry r = EntityRegistry.open(new JsonlRegistryLog(logDir), key -> null)) {
      link(r, "1", "en", "Mark Rutte spoke in The Hague.", "Mark Rutte");
      r.commit();
      link(r, "2", "uk", "Володимир Зеленський виступив.", "Володимир Зеленський");
    }
    return Files.readAllBytes(logDir.resolve(JsonlRegistryLog.FILE_NAME));
  }

  private static void link(EntityRegistry r, String id, String lang, String text, String name) {
    int start = text.indexOf(name);
    Mention m = new Mention(start, start + name.length(), name, name, EntityType.PERSON,
        NameKey.of(name, EntityType.PERSON, lang), null, "test");
    r.link(Article.of(id, "test", null, null, text, Map.of())
        .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"))
        .with(EntityLayers.MENTIONS, List.of(m)), Instant.parse("2024-07-01T00:00:00Z"));
  }

  @Test
  void aLogCutAtAnyByteOfItsLastRecordReplaysEveryCompleteRecordAndTakesTheNextAppend() throws IOException {
    byte[] whole = realLog();
    String text = new String(whole, StandardCharsets.UTF_8);
    List<RegistryEvent> all = JsonlFile.read(dir.resolve("whole").resolve(JsonlRegistryLog.FILE_NAME), RegistryEvent.class);
    int lastStart = text.substring(0, text.length() - 1).lastIndexOf('\n') + 1;
    int lastStartByte = text.substring(0, lastStart).getBytes(StandardCharsets.UTF_8).length;
    assertThat(all.getLast()).isInstanceOf(RegistryEvent.Seen.class);
    assertThat(text.substring(lastStart)).contains("Зеленський"); // cuts fall inside two-byte characters
    RegistryEvent next = new RegistryEvent.Renamed(all.getFirst() instanceof RegistryEvent.Created c ? c.id() : "?",
        "Rutte", "alice", "2024-07-02T00:00:00Z");
    int inside = 0;
    for (int cut = lastStartByte; cut <= whole.length; cut++) {
      Path file = dir.resolve("cut" + cut).resolve(JsonlRegistryLog.FILE_NAME);
      Files.createDirectories(file.getParent());
      Files.write(file, Arrays.copyOf(whole, cut));
      inside += cut < whole.length && (whole[cut] & 0xC0) == 0x80 ? 1 : 0;
      List<RegistryEvent> complete = cut == whole.length ? all : all.subList(0, all.size() - 1);
      try (JsonlFile<RegistryEvent> log = new JsonlFile<>(file, RegistryEvent.class)) {
        assertThat(log.replay()).as("cut at byte %d", cut).isEqualTo(complete);
        assertThat(JsonlFile.read(file, RegistryEvent.class)).as("read-only, cut at byte %d", cut).isEqualTo(complete);
        log.append(List.of(next));
      }
      List<RegistryEvent> expected = new ArrayList<>(complete);
      expected.add(next);
      try (JsonlFile<RegistryEvent> log = new JsonlFile<>(file, RegistryEvent.class)) {
        assertThat(log.replay()).as("after an append, cut at byte %d", cut).isEqualTo(expected);
      }
      byte[] cutOff = Arrays.copyOfRange(whole, lastStartByte, cut);
      Path kept = file.resolveSibling(JsonlRegistryLog.FILE_NAME + ".cut");
      if (cut > lastStartByte && cut < whole.length) {
        assertThat(Files.readAllBytes(kept)).as("torn bytes kept, cut at byte %d", cut).isEqualTo(cutOff);
      } else {
        assertThat(kept).doesNotExist();
      }
    }
    assertThat(inside).as("cuts inside a multi-byte character").isGreaterThan(10);
  }

  @Test
  void readingALogWithATornTailLeavesTheFileAsItIs() throws IOException {
    byte[] whole = realLog();
    Path file = dir.resolve("torn").resolve(JsonlRegistryLog.FILE_NAME);
    Files.createDirectories(file.getParent());
    byte[] torn = Arrays.copyOf(whole, whole.length - 7);
    Files.write(file, torn);
    try (JsonlFile<RegistryEvent> log = new JsonlFile<>(file, RegistryEvent.class)) {
      assertThat(log.replay()).isNotEmpty();
    }
    assertThat(JsonlFile.read(file, RegistryEvent.class)).isNotEmpty();
    assertThat(Files.readAllBytes(file)).isEqualTo(torn);
  }

  @Test
  void aLineThatIsNotARecordEndsTheLogAndWhatFollowsIsCutOffAtTheNextAppend() throws IOException {
    Path file = dir.resolve("glued.jsonl");
    String first = "{\"op\":\"renamed\",\"id\":\"a\",\"name\":\"A\",\"by\":\"u\",\"at\":\"t\"}\n";
    Files.writeString(file, first + first.strip() + first + "\u0000\u0000\n" + first);
    try (JsonlFile<RegistryEvent> log = new JsonlFile<>(file, RegistryEvent.class)) {
      assertThat(log.replay()).hasSize(1);
      log.append(List.of(new RegistryEvent.Renamed("b", "B", "u", "t")));
    }
    assertThat(JsonlFile.read(file, RegistryEvent.class)).extracting(e -> ((RegistryEvent.Renamed) e).id())
        .containsExactly("a", "b");
  }
}
