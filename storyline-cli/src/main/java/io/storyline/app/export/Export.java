package io.storyline.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storyline.app.Workspace;
import io.storyline.core.LoneSurrogates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Streams what a data directory holds to a writer, one record at a time: articles, entities, events or storylines,
 * as JSON Lines, CSV or JSON-LD (schema.org). The format of each is in docs/export-format.md.
 *
 * <pre>{@code
 * long n = new Export(workspace, System.err::println).write(Export.Kind.EVENTS, Export.Format.CSV, writer, (done, total) -> {});
 * }</pre>
 */
public final class Export {
  /** What to export. */
  public enum Kind {
    ARTICLES, ENTITIES, EVENTS, STORYLINES;

    /** The kind named {@code articles}, {@code entities}, {@code events} or {@code storylines}. */
    public static Kind parse(String name) {
      return Export.parse(Kind.class, "export kind", name);
    }
  }

  /** How to write it. */
  public enum Format {
    JSONL("application/x-ndjson", "jsonl"), CSV("text/csv", "csv"), JSONLD("application/ld+json", "jsonld");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    /** The format named {@code jsonl}, {@code csv} or {@code jsonld}. */
    public static Format parse(String name) {
      return Export.parse(Format.class, "export format", name);
    }
  }

  /** Told after every record: how many are written and how many there are in all. */
  public interface Progress {
    void exported(long done, long total);
  }

  private static final int PROGRESS_EVERY = 100;

  private final Workspace workspace;
  private final Consumer<String> warnings;

  /** @param warnings told about what a format cannot hold (a lone surrogate in CSV), one line each */
  public Export(Workspace workspace, Consumer<String> warnings) {
    this.workspace = workspace;
    this.warnings = warnings;
  }

  /** Writes every record of {@code kind} and returns how many; the writer is flushed, not closed. */
  public long write(Kind kind, Format format, Writer out, Progress progress) throws IOException {
    return switch (kind) {
      case ARTICLES -> write(new ArticleRecords(workspace), format, out, progress);
      case ENTITIES -> write(new EntityRecords(workspace.entities()), format, out, progress);
      case EVENTS -> write(new EventRecords(workspace.chronicle(), workspace::entityName), format, out, progress);
      case STORYLINES -> write(new StorylineRecords(workspace.chronicle()), format, out, progress);
    };
  }

  private <T> long write(Records<T> records, Format format, Writer out, Progress progress) throws IOException {
    long total = records.count();
    long[] n = {0};
    Consumer<T> counted = item -> {
      if (++n[0] % PROGRESS_EVERY == 0) {
        progress.exported(n[0], Math.max(total, n[0]));
      }
    };
    switch (format) {
      case JSONL -> records.forEachJson(json -> {
        write(out, LoneSurrogates.escapeInJson(json.toString()));
        write(out, "\n");
        counted.accept(null);
      });
      case JSONLD -> {
        write(out, "{\"@context\":\"" + JsonLd.CONTEXT + "\",\"@graph\":[\n");
        records.forEach(item -> {
          write(out, (n[0] == 0 ? "" : ",\n") + LoneSurrogates.escapeInJson(records.jsonLd(item).toString()));
          counted.accept(item);
        });
        write(out, "\n]}\n");
      }
      case CSV -> {
        CsvSchema.Builder schema = CsvSchema.builder();
        records.columns().forEach(schema::addColumn);
        try (SequenceWriter rows = new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writerFor(Map.class)
            .with(schema.build().withHeader()).writeValues(out)) {
          records.forEach(item -> {
            try {
              rows.write(withoutLoneSurrogates(records.label(item), records.row(item)));
            } catch (IOException e) {
              throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
            }
            counted.accept(item);
          });
        }
      }
    }
    out.flush();
    progress.exported(n[0], n[0]);
    return n[0];
  }

  /**
   * A CSV row with each lone surrogate replaced by U+FFFD, said as a warning (CSV has no escape for one), and text a
   * spreadsheet would run as a formula made plain ({@link CsvCells}).
   */
  private Map<String, Object> withoutLoneSurrogates(String label, Map<String, Object> row) {
    row.replaceAll((column, value) -> {
      if (value instanceof String s && LoneSurrogates.count(s) > 0) {
        warnings.accept(label + ": " + LoneSurrogates.count(s) + " lone surrogate(s) in '" + column
            + "' (no character; stored by an older version) written as U+FFFD");
        return CsvCells.asText(LoneSurrogates.replace(s));
      }
      return CsvCells.asText(value);
    });
    return row;
  }

  private static void write(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " '" + name + "'; valid: " + Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }
}
