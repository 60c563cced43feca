package io.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link NearDuplicates} on pairs built from real articles: the SemEval-2022
 * task 8 news articles in {@code ../shared/evaldata} (research-only, read in place, never copied).
 * Positives: each article and an edited copy of it (light and heavy edits). Negatives: every other
 * indexed article, and the hardest ones, pairs of different articles the annotators rated as the same
 * story (Overall ≤ 1.5).
 */
class NearDuplicatesEvaluationTest {

  static final Path DATA = Path.of(System.getProperty("storyline.repo", ".."))
      .resolve("../shared/evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv");

  @Test
  void keepsPrecisionAndRecallOnEditedCopiesOfRealArticles() throws IOException {
    Assumptions.assumeTrue(Files.exists(DATA), "no evaluation data at " + DATA + "; skipped");
    List<List<String>> rows = Csv.read(Files.readString(DATA));
    List<String> header = rows.get(0);
    int t1 = header.indexOf("text1");
    int t2 = header.indexOf("text2");
    int overall = header.indexOf("Overall");
    Map<String, String> articles = new LinkedHashMap<>();
    List<String[]> sameStory = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      articles.putIfAbsent(row.get(t1), "a" + articles.size());
      articles.putIfAbsent(row.get(t2), "a" + articles.size());
      if (Double.parseDouble(row.get(overall)) <= 1.5 && !row.get(t1).equals(row.get(t2))) {
        sameStory.add(new String[] {row.get(t1), row.get(t2)});
      }
    }
    NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    Map<String, String> indexed = new LinkedHashMap<>();
    articles.forEach((text, id) -> NearDuplicates.signature(text).ifPresent(s -> {
      index.add(id, s);
      indexed.put(text, id);
    }));
    double[] edits = {0.02, 0.05, 0.08};
    int[] tp = new int[edits.length];
    int[] fn = new int[edits.length];
    int fp = 0;
    int i = 0;
    for (var e : indexed.entrySet()) {
      for (int level = 0; level < edits.length; level++) {
        Optional<int[]> s = NearDuplicates.signature(Edits.syndicatedCopy(e.getKey(), new Random(i++), edits[level]));
        Optional<String> found = s.flatMap(index::find);
        if (found.isEmpty()) {
          fn[level]++;
        } else if (found.get().equals(e.getValue())) {
          tp[level]++;
        } else {
          fp++;
        }
      }
    }
    // hard negatives: the same story told by another article; a match is a false positive
    NearDuplicates pairs = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    int hardFp = 0;
    int hard = 0;
    for (String[] pair : sameStory) {
      Optional<int[]> a = NearDuplicates.signature(pair[0]);
      Optional<int[]> b = NearDuplicates.signature(pair[1]);
      if (a.isPresent() && b.isPresent()) {
        hard++;
        hardFp += NearDuplicates.similarity(a.get(), b.get()) >= NearDuplicates.DEFAULT_THRESHOLD ? 1 : 0;
      }
    }
    int allTp = tp[0] + tp[1] + tp[2];
    double precision = allTp / (double) (allTp + fp + hardFp);
    double[] recall = new double[edits.length];
    for (int level = 0; level < edits.length; level++) {
      recall[level] = tp[level] / (double) (tp[level] + fn[level]);
    }
    System.out.printf("near duplicates: %d articles indexed, %d edited copies, %d same-story pairs of different articles; "
        + "precision %.3f (%d copies matched to the wrong article, %d same-story pairs merged); recall with 2%% of words "
        + "changed %.3f, 5%% %.3f, 8%% %.3f%n",
        indexed.size(), indexed.size() * edits.length, hard, precision, fp, hardFp, recall[0], recall[1], recall[2]);
    assertThat(precision).isGreaterThanOrEqualTo(0.98);
    assertThat(recall[0]).isGreaterThanOrEqualTo(0.98);
    assertThat(recall[1]).isGreaterThanOrEqualTo(0.95);
  }

  /** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
  static final class Csv {
    static List<List<String>> read(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
