package io.storyline.search;

import io.storyline.clean.CleanStage;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The example corpus of the repository, cleaned, with the languages its file names are known to have. */
final class SeedArticles {
  static final List<String> LANGUAGES = List.of("pl", "uk", "it", "hu", "nl");

  private SeedArticles() {}

  static Path examples() {
    String repo = System.getProperty("storyline.repo", "..");
    return Path.of(repo).resolve("examples");
  }

  /** The seed articles in file order; ids are the file names' numbers ({@code 000} to {@code 004}). */
  static List<Article> load() {
    CleanStage clean = new CleanStage();
    try (var files = Files.list(examples())) {
      return files.sorted().map(f -> {
        String name = f.getFileName().toString();
        int n = Integer.parseInt(name.substring(0, 3));
        Article a = Article.of(name.substring(0, 3), "examples/" + name, null, null, read(f),
            Map.of("published", "2024-0" + (n + 1) + "-15"));
        return clean.apply(a).with(Layers.LANGUAGE, new LanguageGuess(LANGUAGES.get(n), 1.0, "given"));
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
