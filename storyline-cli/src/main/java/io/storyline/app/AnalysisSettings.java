package io.storyline.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The analysis choices a data directory's articles were made with: which languages language identification
 * considers and how accurately. Kept in {@value #FILE} so that later ingests and {@code reprocess} use the same
 * choices unless told otherwise.
 *
 * @param languages the language set ({@code default}, {@code eu}, {@code all} or a comma list of codes)
 * @param accuracy  the identification accuracy ({@code low} or {@code high})
 */
public record AnalysisSettings(String languages, String accuracy) {
  /** The file in the data directory. */
  public static final String FILE = "analysis.properties";

  public AnalysisSettings {
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(accuracy, "accuracy");
  }

  /**
   * The settings kept in {@code data}, if any.
   *
   * @throws IllegalStateException naming the file when it exists but lacks a setting
   */
  public static Optional<AnalysisSettings> read(Path data) {
    Path file = data.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analysis settings " + file, e);
    }
    String languages = p.getProperty("languages");
    String accuracy = p.getProperty("langid-accuracy");
    if (languages == null || accuracy == null) {
      throw new IllegalStateException(file + " must set languages and langid-accuracy, found " + p.stringPropertyNames()
          + "; delete it to use the defaults (default, low)");
    }
    return Optional.of(new AnalysisSettings(languages.strip(), accuracy.strip()));
  }

  /** Keeps these settings in {@code data} (created if needed), replacing the file in one atomic step. */
  public void write(Path data) {
    Properties p = new Properties();
    p.setProperty("languages", languages);
    p.setProperty("langid-accuracy", accuracy);
    Path file = data.resolve(FILE);
    Path tmp = data.resolve(FILE + ".tmp");
    try {
      Files.createDirectories(data);
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "Storyline: how this directory's articles are analysed (--languages, --langid-accuracy)");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the analysis settings " + file, e);
    }
  }

  /** The settings as command-line options. */
  public String asOptions() {
    return "--languages " + languages + " --langid-accuracy " + accuracy;
  }
}
