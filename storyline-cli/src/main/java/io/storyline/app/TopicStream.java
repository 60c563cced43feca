package io.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.events.eval.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The mixed news stream the topic evaluation ingests: every SlavicNER document ({@code raw/<topic>/<lang>/*.txt},
 * labelled with its topic) shuffled together with every distinct SemEval-2022 text (unlabelled distractors on other
 * stories), in a seeded order, written as JSON Lines the way a user would feed {@code storyline ingest}.
 *
 * @param documents the stream, in arrival order
 */
public record TopicStream(List<Document> documents) {

  /**
   * One document of the stream.
   *
   * @param id       the article id given in the JSON Lines, in the form ingest accepts ({@code
   *                 slavicner:<topic>:<lang>:<file>} or {@code semeval:<pair id>:<1|2>})
   * @param topic    the gold topic, or {@code null} for a distractor
   * @param language the language the data set gives
   */
  public record Document(String id, String topic, String language, String text) {
    public boolean labelled() {
      return topic != null;
    }
  }

  /**
   * Reads the labelled documents under {@code slavicner/raw} and the distractors of {@code semevalCsv} (may be
   * null), and shuffles them with {@code seed}.
   */
  public static TopicStream read(Path slavicner, Path semevalCsv, long seed) {
    List<Document> docs = new ArrayList<>(labelled(slavicner.resolve("raw")));
    if (semevalCsv != null) {
      docs.addAll(distractors(semevalCsv));
    }
    Collections.shuffle(docs, new Random(seed));
    return new TopicStream(List.copyOf(docs));
  }

  /** The first {@code n} documents (all when {@code n} is larger). */
  public TopicStream first(int n) {
    return new TopicStream(documents.subList(0, Math.min(n, documents.size())));
  }

  /** Writes the stream as JSON Lines ({@code id}, {@code text}) to {@code file}. */
  public void writeJsonLines(Path file) {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Document d : documents) {
        ObjectNode line = json.createObjectNode().put("id", d.id()).put("text", d.text());
        w.write(json.writeValueAsString(line));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the evaluation stream to " + file, e);
    }
  }

  private static List<Document> labelled(Path raw) {
    if (!Files.isDirectory(raw)) {
      throw new IllegalArgumentException("'" + raw + "' is not a directory; the SlavicNER folder holds raw/<topic>/<lang>/");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(raw)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the SlavicNER documents in " + raw, e);
    }
    List<Document> out = new ArrayList<>(files.size());
    for (Path f : files) {
      Path rel = raw.relativize(f);
      if (rel.getNameCount() < 3) {
        continue;
      }
      try {
        out.add(new Document("slavicner:" + rel.toString().replace('\\', ':').replace('/', ':'), rel.getName(0).toString(),
            rel.getName(1).toString(), Files.readString(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return out;
  }

  /** Every distinct text of the SemEval pairs file, once (texts recur across pairs). */
  private static List<Document> distractors(Path csv) {
    List<Document> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<Map<String, String>> rows;
    try {
      rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SemEval pairs " + csv, e);
    }
    for (Map<String, String> row : rows) {
      for (int side = 1; side <= 2; side++) {
        String text = row.get("text" + side);
        if (text != null && !text.isBlank() && seen.add(text.strip())) {
          out.add(new Document("semeval:" + row.get("pair_id") + ":" + side, null, row.get("lang" + side), text));
        }
      }
    }
    return out;
  }
}
