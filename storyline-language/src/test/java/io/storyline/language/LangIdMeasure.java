package io.storyline.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurements behind docs/quality-langid.md; not a test, run by hand (one JVM per memory figure,
 * because Lingua keeps its models in static maps):
 *
 * <pre>
 * java -Xmx3g -cp ... io.storyline.language.LangIdMeasure memory default low
 * java -Xmx3g -cp ... io.storyline.language.LangIdMeasure eval default low DATA/sentences DATA/single-words
 * java -Xmx3g -cp ... io.storyline.language.LangIdMeasure sample default low DATA/sentences
 * </pre>
 */
final class LangIdMeasure {
  private static final int[] BUDGETS = {250, 500, 1000, 2000, 3000, Integer.MAX_VALUE};
  private static final int SENTENCES_PER_DOC = 60;

  private LangIdMeasure() {}

  public static void main(String[] args) throws Exception {
    LanguageSet set = LanguageSet.parse(args[1]);
    AccuracyMode mode = AccuracyMode.parse(args[2]);
    switch (args[0]) {
      case "memory" -> memory(set, mode);
      case "eval" -> {
        LangIdEvaluation eval = new LangIdEvaluation(new LanguageIdentifier(set, mode));
        for (int i = 3; i < args.length; i++) {
          System.out.println(eval.evaluate(Path.of(args[i])).render());
        }
      }
      case "sample" -> sample(set, mode, Path.of(args[3]));
      default -> throw new IllegalArgumentException("memory | eval | sample");
    }
  }

  /** Load time and heap in use after a full GC, with the models of {@code set} preloaded. */
  private static void memory(LanguageSet set, AccuracyMode mode) throws InterruptedException {
    long before = usedHeap();
    long start = System.nanoTime();
    LanguageIdentifier identifier = new LanguageIdentifier(set, mode);
    double seconds = (System.nanoTime() - start) / 1e9;
    long after = usedHeap();
    System.out.printf(Locale.ROOT, "%s %s: %d languages, load %.1f s, heap %d MB (baseline %d MB), %s%n",
        set.name(), mode, set.size(), seconds, (after - before) >> 20, before >> 20,
        identifier.detect("To jest krótki polski tekst o niczym szczególnym.").code());
  }

  /** Detection on long synthetic articles (consecutive test sentences) at several sample budgets. */
  private static void sample(LanguageSet set, AccuracyMode mode, Path sentences) throws Exception {
    List<String> codes = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    for (String code : set.codes()) {
      Path file = sentences.resolve(code + ".txt");
      if (!Files.exists(file)) {
        continue;
      }
      List<String> lines = Files.readAllLines(file).stream().filter(s -> !s.isBlank()).toList();
      for (int i = 0; i + SENTENCES_PER_DOC <= lines.size(); i += SENTENCES_PER_DOC) {
        codes.add(code);
        docs.add(String.join("\n", lines.subList(i, i + SENTENCES_PER_DOC)));
      }
    }
    double letters = docs.stream().mapToLong(d -> d.codePoints().filter(Character::isLetter).count()).average().orElse(0);
    System.out.printf(Locale.ROOT, "%d documents of %d sentences, %.0f letters on average%n", docs.size(), SENTENCES_PER_DOC, letters);
    List<String> full = null;
    for (int b = BUDGETS.length - 1; b >= 0; b--) {
      LanguageIdentifier identifier = new LanguageIdentifier(set, mode, LanguageIdentifier.MIN_RELATIVE_DISTANCE, BUDGETS[b]);
      docs.forEach(identifier::detect); // warm-up
      List<String> found = new ArrayList<>();
      long start = System.nanoTime();
      for (String doc : docs) {
        found.add(identifier.detect(doc).code());
      }
      double ms = (System.nanoTime() - start) / 1e6 / docs.size();
      full = full == null ? found : full;
      int correct = 0;
      int same = 0;
      for (int i = 0; i < docs.size(); i++) {
        correct += found.get(i).equals(codes.get(i)) ? 1 : 0;
        same += found.get(i).equals(full.get(i)) ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "budget %s letters: accuracy %.2f%%, same as unbounded %d/%d, %.1f ms per document%n",
          BUDGETS[b] == Integer.MAX_VALUE ? "unbounded" : BUDGETS[b], 100.0 * correct / docs.size(), same, docs.size(), ms);
      printMisses(codes, found);
    }
  }

  private static void printMisses(List<String> codes, List<String> found) {
    for (int i = 0; i < codes.size(); i++) {
      if (!found.get(i).equals(codes.get(i))) {
        System.out.println("  miss: " + codes.get(i) + " -> " + found.get(i));
      }
    }
  }

  private static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
