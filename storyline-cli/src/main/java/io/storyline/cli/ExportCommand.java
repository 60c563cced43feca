package io.storyline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storyline.app.Storage;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.LoneSurrogates;
import io.storyline.core.TextMask;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.events.EventLayers;
import io.storyline.store.ArticleJson;
import io.storyline.store.LuceneArticleStore;
import io.storyline.time.EventDate;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export every stored article.",
        "jsonl: one JSON object per article in the documented export format (docs/export-format.md).",
        "csv: one row per article with the clean text, for spreadsheets."})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  static final List<String> CSV_COLUMNS = List.of("id", "source", "url", "title", "lang", "langConfidence", "published",
      "eventDate", "event", "storyline", "removed", "sentences", "cleanText");

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl or csv.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  /**
   * Exports to standard output, or to {@code FILE.part} moved to {@code FILE} once complete, so that a failed export
   * never leaves a cut file behind.
   */
  @Override
  public Integer call() throws IOException {
    if (output == null) {
      try (Writer w = stdout()) {
        return export(w);
      }
    }
    Path part = output.resolveSibling(output.getFileName() + ".part");
    try {
      int code;
      try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(part), StandardCharsets.UTF_8.newEncoder()))) {
        code = export(w);
      }
      Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return code;
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * Writes every article. Text is written as stored: JSON escapes a lone surrogate an older ingest stored
   * ({@code \ud800}, read back as the same text); CSV, which cannot, writes U+FFFD and says so on standard error.
   */
  private int export(Writer w) throws IOException {
    try (Workspace workspace = Workspace.read(dataDir.resolve(root), EntityNames.canonical())) {
      LuceneArticleStore store = workspace.articles();
      long[] n = {0};
      if (format == Format.jsonl) {
        ArticleJson json = Storage.codec();
        store.forEach(a -> {
          String line = withEntityNames(json.toTree(workspace.chronicle().annotate(a)), workspace.entities()).toString();
          write(w, LoneSurrogates.escapeInJson(line));
          write(w, "\n");
          n[0]++;
        });
      } else {
        CsvSchema.Builder schema = CsvSchema.builder();
        CSV_COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build().writerFor(Map.class).with(schema.build().withHeader()).writeValues(w)) {
          store.forEach(a -> {
            try {
              rows.write(withoutLoneSurrogates(row(workspace.chronicle().annotate(a))));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            n[0]++;
          });
        }
      }
      flush(w);
      spec.commandLine().getErr().printf("exported %,d articles as %s%s%n", n[0], format, output == null ? "" : " to " + output);
      return 0;
    }
  }

  /**
   * Adds each mention's current entity {@code id} and canonical {@code name} from the registry: they
   * follow merges and renames made after the article was stored.
   */
  static ObjectNode withEntityNames(ObjectNode article, EntityRegistry registry) {
    for (JsonNode m : article.path("entities")) {
      String entityId = m.path("entityId").asText(null);
      Optional<Entity> entity = entityId == null ? Optional.empty() : registry.get(entityId);
      ((ObjectNode) m).put("id", entity.map(Entity::id).orElse(entityId));
      ((ObjectNode) m).put("name", entity.map(Entity::name).orElse(m.path("lemma").asText()));
    }
    return article;
  }

  private static Map<String, Object> row(Article a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.id());
    row.put("source", a.source());
    row.put("url", a.url());
    row.put("title", a.displayTitle());
    row.put("lang", a.get(Layers.LANGUAGE).map(l -> l.code()).orElse(null));
    row.put("langConfidence", a.get(Layers.LANGUAGE).map(l -> l.confidence()).orElse(null));
    row.put("published", a.get(TimeLayers.PUBLISHED).map(PublicationDate::value).orElse(null));
    row.put("eventDate", a.get(TimeLayers.EVENT_DATE).map(EventDate::value).orElse(null));
    row.put("event", a.get(EventLayers.EVENT).orElse(null));
    row.put("storyline", a.get(EventLayers.STORYLINE).orElse(null));
    row.put("removed", a.removed().size());
    row.put("sentences", a.get(Layers.SENTENCES).map(List::size).orElse(0));
    row.put("cleanText", TextMask.readable(a));
    return row;
  }

  /** A CSV row with each lone surrogate replaced by U+FFFD, said on standard error: CSV has no escape for one. */
  private Map<String, Object> withoutLoneSurrogates(Map<String, Object> row) {
    row.replaceAll((column, value) -> {
      if (value instanceof String s && LoneSurrogates.count(s) > 0) {
        spec.commandLine().getErr().printf("storyline export: article %s: %d lone surrogate(s) in '%s' (no character; "
            + "stored by an older version) written as U+FFFD%n", row.get("id"), LoneSurrogates.count(s), column);
        return LoneSurrogates.replace(s);
      }
      return value;
    });
    return row;
  }

  /** Standard output in UTF-8, failing rather than writing '?' for what it cannot encode; never closes it. */
  private static Writer stdout() {
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8.newEncoder())) {
      @Override
      public void close() throws IOException {
        flush(); // never close System.out
      }
    };
  }

  private static void flush(Writer w) {
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  private static void write(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }
}
