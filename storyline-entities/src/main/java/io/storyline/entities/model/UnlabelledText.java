package io.storyline.entities.model;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;

/**
 * The unlabelled sentences word clusters are induced from ({@link WordClusterInducer}), per language, read from
 * the shared data folder: the words (not the tags) of every training corpus of the language
 * ({@link NameModelTrainer#CORPORA}, every sentence, also those the trainer skips), the article texts of the
 * SemEval-2022 task 8 sample ({@code evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv}) and the
 * SlavicNER raw texts ({@code evaldata/slavicner/raw/<topic>/<language>/}). No annotated evaluation set (CoNLL,
 * NerKor devel, EVALITA, ner-uk) is read. Sentences come as lower-cased word arrays in a fixed order, so the
 * clusters are reproducible.
 */
final class UnlabelledText {
  static final String SEMEVAL = "evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv";
  static final String SLAVICNER_RAW = "evaldata/slavicner/raw";

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
    return out;
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
