package io.storyline.events.eval;

import io.storyline.core.Article;
import io.storyline.core.Outcome;
import io.storyline.core.Pipeline;
import io.storyline.time.EventDate;
import io.storyline.time.TimeLayers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event dates against hand-annotated gold ({@code docs/eval/event-dates.tsv}: id, value, granularity): every
 * annotated article goes through the real pipeline with no publication date (the texts carry none but what they
 * say themselves), and its event date is compared with the gold exactly, at the gold's granularity (same year,
 * month, day, or weekday; "unknown" only matches a date the system also calls unknown), and for incidental years
 * (the system gives a year the happening does not have).
 *
 * <p>Ids: a SlavicNER raw text by its path under {@code slavicner/raw/}, a SemEval-2022 task 8 text as
 * {@code <pair_id>#1} or {@code #2}, or a saved web page of the htmldate set as {@code html:<file>} (read as ingest
 * reads a page, so its publication date comes from its meta data, URL and byline); {@code data} is the evaluation
 * folder holding them.
 */
public final class EventDateEvaluation {
  /** The gold value of a happening the text does not date. */
  public static final String UNKNOWN = "unknown";
  /** The id prefix of a saved web page of the htmldate set. */
  public static final String HTML = "html:";

  private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
  private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})(?![\\d-])");
  private static final Pattern WEEKDAY = Pattern.compile("^XXXX-WXX-([1-7])");

  private final Pipeline pipeline;

  /** {@code pipeline} must provide the event date ({@code times} stage). */
  public EventDateEvaluation(Pipeline pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /** One annotated article. */
  public record Gold(String id, String value, String granularity) {
    public Gold {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(granularity, "granularity");
    }
  }

  /** Reads a saved web page by its file name as ingest would; empty when it is missing or has no article text. */
  @FunctionalInterface
  public interface Pages {
    Optional<Article> read(String file) throws IOException;
  }

  /** One article's outcome: the system's value (first point of a range) and how it compares. */
  public record Result(Gold gold, String system, double confidence, String basis, boolean exact,
      boolean atGranularity, boolean incidentalYear) {}

  /**
   * The figures.
   *
   * @param results  per article, in the gold file's order
   * @param missing  gold ids whose text was not found
   */
  public record Report(List<Result> results, List<String> missing) {
    public double exact() {
      return share(results.stream().filter(Result::exact).count());
    }

    public double atGranularity() {
      return share(results.stream().filter(Result::atGranularity).count());
    }

    public double incidentalYears() {
      return share(results.stream().filter(Result::incidentalYear).count());
    }

    private double share(long n) {
      return results.isEmpty() ? 0 : (double) n / results.size();
    }

    /** The summary table: overall, then by gold granularity. */
    public String table() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%-12s %5s %8s %14s %16s%n", "gold", "n", "exact", "at granularity",
          "incidental year"));
      Map<String, List<Result>> by = new LinkedHashMap<>();
      by.put("all", results);
      for (Result r : results) {
        by.computeIfAbsent(r.gold().granularity(), k -> new ArrayList<>()).add(r);
      }
      by.forEach((k, rs) -> {
        Report part = new Report(rs, List.of());
        sb.append(String.format(Locale.ROOT, "%-12s %5d %8.3f %14.3f %16.3f%n", k, rs.size(), part.exact(),
            part.atGranularity(), part.incidentalYears()));
      });
      if (!missing.isEmpty()) {
        sb.append("not found (left out): ").append(String.join(", ", missing)).append('\n');
      }
      return sb.toString();
    }
  }

  /** Reads a gold TSV with the header {@code id, value, granularity}. */
  public static List<Gold> readGold(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gold file " + tsv, e);
    }
    List<Gold> gold = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] f = lines.get(i).split("\t");
      if (f.length != 3) {
        throw new IllegalArgumentException(tsv + " line " + (i + 1) + " has " + f.length
            + " fields; expected 3 (id, value, granularity): " + lines.get(i));
      }
      gold.add(new Gold(f[0], f[1], f[2]));
    }
    return gold;
  }

  /** Runs every gold article found under {@code data} through the pipeline (web pages count as not found). */
  public Report run(List<Gold> gold, Path data) {
    return run(gold, data, file -> Optional.empty());
  }

  /** Runs every gold article found under {@code data}, or among {@code pages}, through the pipeline. */
  public Report run(List<Gold> gold, Path data, Pages pages) {
    Map<String, String[]> semeval = semevalTexts(data, gold);
    List<Result> results = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Gold g : gold) {
      Article article;
      if (g.id().startsWith(HTML)) {
        Optional<Article> page;
        try {
          page = pages.read(g.id().substring(HTML.length()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the page " + g.id(), e);
        }
        if (page.isEmpty()) {
          missing.add(g.id());
          continue;
        }
        article = page.get();
      } else if (g.id().contains("#")) {
        String[] t = semeval.get(g.id());
        if (t == null) {
          missing.add(g.id());
          continue;
        }
        article = Article.of(g.id(), "semeval2022:" + g.id(), null, null, t[1], Map.of("lang", t[0]));
      } else {
        Path file = data.resolve("slavicner/raw").resolve(g.id());
        if (!Files.isRegularFile(file)) {
          missing.add(g.id());
          continue;
        }
        try {
          article = Article.of(g.id(), file.toString(), null, null, Files.readString(file), Map.of());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
      EventDate date = pipeline.process(article) instanceof Outcome.Processed p
          ? p.article().get(TimeLayers.EVENT_DATE).orElse(null) : null;
      results.add(date == null ? compare(g, "XXXX-XX-XX", 0, "the pipeline failed")
          : compare(g, date.value(), date.confidence(), date.basis()));
    }
    return new Report(results, missing);
  }

  /** How a system value compares with the gold. */
  public static Result compare(Gold gold, String systemValue, double confidence, String basis) {
    String system = systemValue.split("/", 2)[0];
    String want = gold.value().split("/", 2)[0];
    boolean systemUnknown = !system.matches("^\\d{4}.*") && !DAY.matcher(system).find()
        && !WEEKDAY.matcher(system).find() && !MONTH.matcher(system).find();
    boolean exact = gold.value().equals(UNKNOWN) ? systemUnknown : system.equals(want);
    boolean at = exact || matchesAt(want, gold.granularity(), system);
    Matcher gy = YEAR.matcher(want);
    Matcher sy = YEAR.matcher(system);
    boolean incidental = sy.find() && (!gy.find() || !gy.group(1).equals(sy.group(1)));
    return new Result(gold, systemValue, confidence, basis, exact, at, incidental);
  }

  private static boolean matchesAt(String want, String granularity, String system) {
    switch (granularity) {
      case "year" -> {
        return system.length() >= 4 && want.length() >= 4 && system.substring(0, 4).equals(want.substring(0, 4))
            && !want.startsWith("XXXX");
      }
      case "month" -> {
        Matcher g = MONTH.matcher(want);
        Matcher s = DAY.matcher(system);
        Matcher sm = MONTH.matcher(system);
        String[] sys = s.find() ? new String[] {s.group(1), s.group(2)} : sm.find() ? new String[] {sm.group(1), sm.group(2)} : null;
        return g.find() && sys != null && sys[1].equals(g.group(2)) && (g.group(1).equals("XXXX") || g.group(1).equals(sys[0]));
      }
      case "day" -> {
        Matcher g = DAY.matcher(want);
        Matcher s = DAY.matcher(system);
        return g.find() && s.find() && s.group(2).equals(g.group(2)) && s.group(3).equals(g.group(3))
            && (g.group(1).equals("XXXX") || g.group(1).equals(s.group(1)));
      }
      case "weekday" -> {
        Matcher g = WEEKDAY.matcher(want);
        if (!g.find()) {
          return false;
        }
        Matcher sw = WEEKDAY.matcher(system);
        if (sw.find()) {
          return sw.group(1).equals(g.group(1));
        }
        Matcher s = DAY.matcher(system);
        if (s.find() && !s.group(1).equals("XXXX")) {
          try {
            return LocalDate.of(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)), Integer.parseInt(s.group(3)))
                .getDayOfWeek().getValue() == Integer.parseInt(g.group(1));
          } catch (DateTimeException e) {
            return false;
          }
        }
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  /** The SemEval texts the gold names, by id: {language, text}. */
  private static Map<String, String[]> semevalTexts(Path data, List<Gold> gold) {
    Map<String, String[]> out = new HashMap<>();
    if (gold.stream().noneMatch(g -> g.id().contains("#"))) {
      return out;
    }
    Path csv = data.resolve("semeval2022-task8-news-similarity/pairs_with_text.csv");
    if (!Files.isRegularFile(csv)) {
      return out;
    }
    try {
      for (Map<String, String> row : Csv.parse(Files.readString(csv))) {
        for (int side = 1; side <= 2; side++) {
          out.put(row.get("pair_id") + "#" + side, new String[] {row.get("lang" + side), row.get("text" + side)});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    return out;
  }
}
