package io.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Synthesises a benchmark corpus of any size from real texts: each base text (an example article, a
 * news document, or a run of sentences from a language-ID test file) is varied by shuffling its
 * paragraphs with a fixed seed and adding an id line, so every synthetic article is distinct and
 * realistic in length, language and debris.
 */
public final class BenchCorpus {
  private static final int SENTENCES_PER_ARTICLE = 25;

  private BenchCorpus() {}

  /** Reads base texts: every {@code .txt} file under {@code dirs}; files under {@code sentences/} dirs are split into articles. */
  public static List<String> baseTexts(List<Path> dirs) {
    List<String> texts = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (f.getParent().getFileName().toString().equals("sentences")) {
            texts.addAll(chunks(text));
          } else if (text.length() > 200) {
            texts.add(text);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read benchmark texts in " + dir + ": " + e.getMessage(), e);
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no .txt files of 200+ characters under " + dirs);
    }
    return texts;
  }

  /** Writes {@code count} JSON Lines articles varied from {@code base} (deterministic for a seed). */
  public static void write(List<String> base, int count, long seed, Path jsonl) {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(seed);
    try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(base.get(i % base.size()).split("\n")));
        if (i >= base.size()) {
          Collections.shuffle(paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size()), random);
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("id", "bench-" + i);
        o.put("text", String.join("\n", paragraphs) + "\n\nRef. " + i);
        o.put("source", "bench");
        w.write(mapper.writeValueAsString(o));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark corpus " + jsonl + ": " + e.getMessage(), e);
    }
  }

  private static List<String> chunks(String sentencesFile) {
    List<String> lines = sentencesFile.lines().filter(l -> !l.isBlank()).toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i + SENTENCES_PER_ARTICLE <= lines.size(); i += SENTENCES_PER_ARTICLE) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < i + SENTENCES_PER_ARTICLE; j++) {
        b.append(lines.get(j)).append(j % 4 == 3 ? "\n\n" : " ");
      }
      out.add(b.toString().strip());
    }
    return out;
  }
}
