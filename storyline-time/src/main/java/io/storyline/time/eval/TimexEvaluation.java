package io.storyline.time.eval;

import io.storyline.time.Reference;
import io.storyline.time.TimeExpression;
import io.storyline.time.TimeExpressionExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TempEval-3-style scoring of the extractor on a TimeBank BIO file ({@code token<TAB>BIO-type<TAB>value},
 * documents opened by {@code *!-DCTVALUE="YYYY-MM-DD"-!*}): strict and relaxed span P/R/F1, and the
 * share of relaxed matches with the gold type and normalised value. Each document's text is rebuilt
 * from its tokens (one space between tokens, one line per sentence) and read with its DCT as reference.
 */
public final class TimexEvaluation {
  private static final Pattern DCT = Pattern.compile("\\*!-DCTVALUE=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"-!\\*");
  private static final int EXAMPLES = 40;

  private TimexEvaluation() {}

  /** A gold time expression. */
  public record Gold(int start, int end, String type, String value) {}

  /** A document rebuilt from tokens. */
  public record Doc(String text, LocalDate dct, List<Gold> gold) {}

  /** The scores of one run. */
  public record Report(String lang, int docs, int gold, int system, Prf strict, Prf relaxed, double typeAccuracy,
      double valueAccuracy, Prf value, double millis, List<String> examples) {
    /** The figures as a Markdown table row set. */
    public String table() {
      return "| measure | P | R | F1 |\n|---|---|---|---|\n"
          + row("strict span", strict) + row("relaxed span", relaxed) + row("value (TempEval-3)", value)
          + String.format(Locale.ROOT, "\n%s: %d docs, %d gold, %d system; on relaxed matches: type accuracy %.3f, "
              + "value accuracy %.3f; %.0f ms%n", lang, docs, gold, system, typeAccuracy, valueAccuracy, millis);
    }

    private static String row(String name, Prf s) {
      return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", name, s.precision(), s.recall(), s.f1());
    }
  }

  /** Precision, recall and F1. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(int systemCorrect, int system, int goldCorrect, int gold) {
      double p = system == 0 ? 0 : (double) systemCorrect / system;
      double r = gold == 0 ? 0 : (double) goldCorrect / gold;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Reads a TimeBank BIO file into documents. */
  public static List<Doc> read(Path tsv) throws IOException {
    List<Doc> docs = new ArrayList<>();
    StringBuilder text = null;
    List<Gold> gold = new ArrayList<>();
    LocalDate dct = null;
    int goldStart = -1;
    String goldType = null;
    String goldValue = null;
    boolean sentenceOpen = false;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      Matcher m = DCT.matcher(line);
      if (m.find()) {
        if (text != null) {
          closeGold(gold, goldStart, text.length(), goldType, goldValue);
          docs.add(new Doc(text.toString(), dct, List.copyOf(gold)));
        }
        text = new StringBuilder();
        gold = new ArrayList<>();
        dct = LocalDate.parse(m.group(1));
        goldStart = -1;
        sentenceOpen = false;
        continue;
      }
      String[] cols = line.split("\t");
      if (text == null) {
        continue;
      }
      if (cols.length < 3) {
        closeGold(gold, goldStart, text.length(), goldType, goldValue);
        goldStart = -1;
        if (sentenceOpen) {
          text.append('\n');
          sentenceOpen = false;
        }
        continue;
      }
      String tag = cols[1];
      if (!tag.startsWith("I-") || goldStart < 0) {
        closeGold(gold, goldStart, text.length(), goldType, goldValue);
        goldStart = -1;
      }
      if (sentenceOpen) {
        text.append(' ');
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && goldStart < 0)) {
        goldStart = text.length();
        goldType = tag.substring(2);
        goldValue = cols[2];
      }
      text.append(cols[0]);
      sentenceOpen = true;
    }
    if (text != null) {
      closeGold(gold, goldStart, text.length(), goldType, goldValue);
      docs.add(new Doc(text.toString(), dct, List.copyOf(gold)));
    }
    return docs;
  }

  private static void closeGold(List<Gold> gold, int start, int end, String type, String value) {
    if (start >= 0) {
      gold.add(new Gold(start, end, type, value));
    }
  }

  /** Scores the extractor on documents of language {@code lang}. */
  public static Report evaluate(List<Doc> docs, String lang, TimeExpressionExtractor extractor) {
    int goldCount = 0;
    int systemCount = 0;
    int strictSystem = 0;
    int strictGold = 0;
    int relaxedSystem = 0;
    int relaxedGold = 0;
    int typeCorrect = 0;
    int valueCorrect = 0;
    List<String> examples = new ArrayList<>();
    long t0 = System.nanoTime();
    for (Doc doc : docs) {
      List<TimeExpression> found = extractor.extract(doc.text(), lang, Reference.day(doc.dct()));
      goldCount += doc.gold().size();
      systemCount += found.size();
      for (TimeExpression s : found) {
        if (doc.gold().stream().anyMatch(g -> g.start() == s.start() && g.end() == s.end())) {
          strictSystem++;
        }
        if (doc.gold().stream().anyMatch(g -> overlaps(g, s))) {
          relaxedSystem++;
        } else if (examples.size() < EXAMPLES) {
          examples.add("spurious [" + s.text() + "] " + s.value());
        }
      }
      for (Gold g : doc.gold()) {
        String goldText = doc.text().substring(g.start(), g.end());
        if (found.stream().anyMatch(s -> g.start() == s.start() && g.end() == s.end())) {
          strictGold++;
        }
        TimeExpression match = found.stream().filter(s -> overlaps(g, s)).findFirst().orElse(null);
        if (match == null) {
          if (examples.size() < EXAMPLES) {
            examples.add("missed [" + goldText + "] " + g.value());
          }
          continue;
        }
        relaxedGold++;
        if (type(match).equals(g.type())) {
          typeCorrect++;
        }
        if (match.value().equals(g.value())) {
          valueCorrect++;
        } else if (examples.size() < EXAMPLES) {
          examples.add("value [" + goldText + "] gold " + g.value() + " system [" + match.text() + "] " + match.value());
        }
      }
    }
    double millis = (System.nanoTime() - t0) / 1e6;
    return new Report(lang, docs.size(), goldCount, systemCount, Prf.of(strictSystem, systemCount, strictGold, goldCount),
        Prf.of(relaxedSystem, systemCount, relaxedGold, goldCount), ratio(typeCorrect, relaxedGold),
        ratio(valueCorrect, relaxedGold), Prf.of(valueCorrect, systemCount, valueCorrect, goldCount), millis,
        List.copyOf(examples));
  }

  /** Reads and scores one file. */
  public static Report run(Path tsv, String lang, TimeExpressionExtractor extractor) throws IOException {
    return evaluate(read(tsv), lang, extractor);
  }

  private static boolean overlaps(Gold g, TimeExpression s) {
    return g.start() < s.end() && s.start() < g.end();
  }

  private static String type(TimeExpression e) {
    return e.kind() == TimeExpression.Kind.RANGE ? "DATE" : e.kind().name();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
