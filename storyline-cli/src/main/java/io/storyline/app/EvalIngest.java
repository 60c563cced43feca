package io.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.entities.log.JsonlFile;
import io.storyline.events.Chronicle;
import io.storyline.events.Profile;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.Ingestor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs evaluation documents through the ingest path users run ({@link IngestRun#into}: the same threads, order,
 * registry, event writer) into a scratch data directory, and reads back the profiles the chronicle stored, so an
 * evaluation measures what users get. Documents are written as JSON Lines ({@code id}, {@code text}, {@code lang})
 * in the given order; a document whose text an earlier one already had is stored once by ingest, and gets that
 * one's profile.
 */
public final class EvalIngest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One document to ingest; {@code language} is given to the pipeline as the {@code lang} field. */
  public record Document(String id, String text, String language) {}

  /** The stored profiles by document id (absent for documents ingest rejected or failed), and the ingest report. */
  public record Result(Map<String, Profile> profiles, IngestReport report) {}

  private EvalIngest() {}

  /**
   * Ingests {@code documents} with {@code analysis} into a new data directory under {@code scratch} (which must be
   * empty or absent) on {@code threads} threads.
   */
  public static Result run(List<Document> documents, Analysis analysis, Path scratch, int threads) {
    try {
      Files.createDirectories(scratch);
      try (var entries = Files.list(scratch)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("the scratch directory " + scratch + " is not empty; pass an empty one");
        }
      }
      Path input = scratch.resolve("documents.jsonl");
      Map<String, String> firstWithText = new HashMap<>();
      Map<String, String> storedAs = new HashMap<>();
      try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        for (Document d : documents) {
          String first = firstWithText.get(d.text());
          boolean isNew = first == null;
          if (isNew) { // evaluation ids ("a#1") need not have the form of article ids: stored as doc-N
            first = "doc-" + firstWithText.size();
            firstWithText.put(d.text(), first);
          }
          storedAs.put(d.id(), first);
          if (isNew) {
            ObjectNode line = JSON.createObjectNode().put("id", first).put("text", d.text()).put("lang", d.language());
            w.write(JSON.writeValueAsString(line));
            w.write('\n');
          }
        }
      }
      Path data = scratch.resolve("data");
      IngestReport report;
      try (Workspace workspace = Workspace.open(data, analysis.recognizer().gazetteer()::canonical)) {
        report = IngestRun.into(workspace, analysis.pipeline(), new Ingestor(IngestOptions.defaults()), threads)
            .run(List.of(input.toString()), System.in, soFar -> {});
      }
      Map<String, Profile> byArticle = new HashMap<>();
      JsonlFile.read(data.resolve("events").resolve(Chronicle.PROFILES), Profile.class)
          .forEach(p -> byArticle.put(p.articleId(), p));
      Map<String, Profile> profiles = new HashMap<>();
      storedAs.forEach((id, stored) -> {
        Profile p = byArticle.get(stored);
        if (p != null) {
          profiles.put(id, p);
        }
      });
      return new Result(profiles, report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot ingest the evaluation documents into " + scratch, e);
    }
  }
}
