package io.storyline.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.events.eval.Csv;
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
 * story (Overall ≤ 1.5). Kept beside the command-line tests for the CSV reader of the events module.
 */
class NearDuplicatesEvaluationTest {

  static final Path DATA = Path.of(System.getProperty("storyline.repo", ".."))
      .resolve("../shared/evaldata/semeval2022-task8-news-similarity/pairs_with_text.csv");

  @Test
  void keepsPrecisionAndRecallOnEditedCopiesOfRealArticles() throws IOException {
    Assumptions.assumeTrue(Files.exists(DATA), "no evaluation data at " + DATA + "; skipped");
    Map<String, String> articles = new LinkedHashMap<>();
    List<String[]> sameStory = new ArrayList<>();
    for (Map<String, String> row : Csv.parse(Files.readString(DATA))) {
      String text1 = row.get("text1");
      String text2 = row.get("text2");
      articles.putIfAbsent(text1, "a" + articles.size());
      articles.putIfAbsent(text2, "a" + articles.size());
      if (Double.parseDouble(row.get("Overall")) <= 1.5 && !text1.equals(text2)) {
        sameStory.add(new String[] {text1, text2});
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
}
