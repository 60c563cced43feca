package io.storyline.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden output of the recogniser: every mention (offsets, type, rule, key, base form) found in the five example
 * articles and in the sentences of {@code golden/sentences.tsv} is the one {@code golden/mentions.tsv} records. A
 * change of behaviour shows as a changed line; the output of the run is written to
 * {@code target/golden-mentions.tsv}, to be copied over the golden file once the change is wanted.
 */
class RecognizerGoldenTest {
  private static final List<String> EXAMPLE_LANGUAGES = List.of("pl", "uk", "it", "hu", "nl");

  @Test
  void theRecogniserFindsExactlyTheGoldenMentions() throws IOException {
    List<String> actual = new ArrayList<>();
    List<Path> examples = examples();
    for (int i = 0; i < examples.size(); i++) {
      String text = Files.readString(examples.get(i));
      describe(examples.get(i).getFileName().toString(), text, EXAMPLE_LANGUAGES.get(i), actual);
    }
    List<String> sentences = resourceLines("golden/sentences.tsv");
    for (int n = 0; n < sentences.size(); n++) {
      String line = sentences.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      describe("sentences.tsv:" + (n + 1), parts[1], parts[0], actual);
    }
    Path written = Path.of("target", "golden-mentions.tsv");
    Files.createDirectories(written.getParent());
    Files.write(written, actual, StandardCharsets.UTF_8);

    assertThat(actual).containsExactlyElementsOf(resourceLines("golden/mentions.tsv"));
  }

  private static void describe(String source, String text, String language, List<String> out) {
    for (Mention m : Recognizers.SHARED.recognise(text, language)) {
      out.add(String.join("\t", source, language, String.valueOf(m.start()), String.valueOf(m.end()),
          m.type().name(), m.stage(), escaped(m.key()), escaped(m.lemma()), escaped(m.surface())));
    }
  }

  private static String escaped(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static List<Path> examples() throws IOException {
    Path dir = Path.of(System.getProperty("storyline.repo", ".."), "examples");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      assertThat(files).hasSize(EXAMPLE_LANGUAGES.size());
      return files;
    }
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = RecognizerGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
