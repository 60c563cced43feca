package io.storyline.entities.model;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * The unlabelled sentences word clusters are induced from ({@link WordClusterInducer}), per language, read from
 * the shared data folder: the words (not the tags) of every training corpus of the language
 * ({@link NameModelTrainer#CORPORA}, every sentence, also those the trainer skips), the article texts of the
 * SemEval-2022 task 8 sample ({@code evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv}), the
 * SlavicNER raw texts ({@code evaldata/slavicner/raw/<topic>/<language>/}) and the lines of six words or more of
 * the HTML pages of the htmldate set that declare the language ({@code evaldata/htmldate-pubdate/html_pages.tar.xz},
 * unpacked with {@code tar} into a temporary folder, tags stripped by Lucene's {@link HTMLStripCharFilter}). No
 * annotated evaluation set (CoNLL, NerKor devel, EVALITA, ner-uk) is read. Sentences come as lower-cased word
 * arrays in a fixed order, so the clusters are reproducible.
 */
final class UnlabelledText {
  static final String SEMEVAL = "evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv";
  static final String SLAVICNER_RAW = "evaldata/slavicner/raw";
  static final String HTML_PAGES = "evaldata/htmldate-pubdate/html_pages.tar.xz";
  /** The language an HTML page declares ({@code <html lang="en-GB">}). */
  private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*?\\blang=[\"']?([a-zA-Z]{2})",
      Pattern.CASE_INSENSITIVE);
  /** Lines of fewer words in an HTML page are taken as menus and other page furniture. */
  private static final int MIN_PAGE_LINE_WORDS = 6;

  private UnlabelledText() {}

  /** Every sentence of {@code language} found under {@code data}, lower-cased, in a fixed order. */
  static List<String[]> sentences(Path data, String language) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (NerCorpus corpus : NameModelTrainer.CORPORA.getOrDefault(language, List.of())) {
      NerCorpus all = new NerCorpus(corpus.path(), corpus.tokenColumn(), corpus.tagColumn(), corpus.licence(),
          corpus.sparse(), 1);
      for (NameSample s : all.read(data).samples()) {
        out.add(lower(s.getSentence()));
      }
    }
    for (String text : semEval(data, language)) {
      addText(text, out);
    }
    Path raw = data.resolve(SLAVICNER_RAW);
    if (Files.isDirectory(raw)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(raw)) {
        files = walk.filter(p -> p.getParent().getFileName().toString().equals(language)
            && Files.isRegularFile(p)).sorted().toList();
      }
      for (Path f : files) {
        addText(Files.readString(f, StandardCharsets.UTF_8), out);
      }
    }
    for (String page : htmlPages(data, language)) {
      for (String line : page.split("\n")) {
        List<Token> tokens = Tokenizer.tokenize(line);
        if (tokens.stream().filter(Token::word).count() >= MIN_PAGE_LINE_WORDS) {
          out.add(lower(tokens.stream().map(Token::text).toArray(String[]::new)));
        }
      }
    }
    return out;
  }

  /** The text of the HTML pages declaring {@code language}, in file-name order (none if the archive is absent). */
  static List<String> htmlPages(Path data, String language) throws IOException {
    Path archive = data.resolve(HTML_PAGES);
    if (!Files.isRegularFile(archive)) {
      return List.of();
    }
    Path folder = Files.createTempDirectory("storyline-pages");
    try {
      Process tar = new ProcessBuilder("tar", "-xJf", archive.toAbsolutePath().toString(), "-C", folder.toString())
          .redirectErrorStream(true).start();
      String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (tar.waitFor() != 0) {
        throw new IOException("tar could not unpack " + archive + ": " + said);
      }
      List<Path> pages;
      try (Stream<Path> walk = Files.walk(folder)) {
        pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
      }
      List<String> texts = new ArrayList<>();
      for (Path page : pages) {
        String html = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
        Matcher lang = HTML_LANG.matcher(html);
        if (lang.find() && lang.group(1).toLowerCase(Locale.ROOT).equals(language)) {
          texts.add(stripTags(html));
        }
      }
      return texts;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while unpacking " + archive, e);
    } finally {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static String stripTags(String html) throws IOException {
    try (Reader in = new HTMLStripCharFilter(new StringReader(html))) {
      StringWriter out = new StringWriter(html.length() / 2);
      in.transferTo(out);
      return out.toString();
    }
  }

  /** The distinct article texts of {@code language} in the SemEval sample, in file order (none if it is absent). */
  static List<String> semEval(Path data, String language) throws IOException {
    Path file = data.resolve(SEMEVAL);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Set<String> seen = new HashSet<>();
    List<String> texts = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
             .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        for (int side = 1; side <= 2; side++) {
          String text = row.get("text" + side);
          if (language.equals(row.get("lang" + side)) && text != null && seen.add(text)) {
            texts.add(text);
          }
        }
      }
    }
    return texts;
  }

  private static void addText(String text, List<String[]> out) {
    for (String line : text.split("\n")) {
      List<Token> tokens = Tokenizer.tokenize(line);
      if (!tokens.isEmpty()) {
        out.add(lower(tokens.stream().map(Token::text).toArray(String[]::new)));
      }
    }
  }

  private static String[] lower(String[] words) {
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = words[i].toLowerCase(Locale.ROOT);
    }
    return out;
  }
}
