package io.storyline.entities.eval;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.registry.EntityRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Mention-level span F1 (exact start, end and type; PER, ORG and LOC only, as conlleval) on token-per-line NER
 * sets: CoNLL-2002/2003 dev (nl, es, en, de), EVALITA 2009 train (it), NerKor devel (hu) and ner-uk train (uk).
 * Sentences become lines of text and groups of 30 sentences (or a {@code -DOCSTART-} section) a document.
 */
public final class ConllEvaluation {
  private static final int SENTENCES_PER_DOCUMENT = 30;
  private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  /** The standard sets, relative to the evaluation-data folder. */
  public static final List<DataSet> STANDARD = List.of(
      new DataSet("conll2002-nl-dev", "nl", "conll-evalita-ner/data/ner_datasets/original/nl/nl.conll.dev.tsv", Format.TAB),
      new DataSet("conll2002-es-dev", "es", "conll-evalita-ner/data/ner_datasets/original/es/es.conll.dev.tsv", Format.TAB),
      new DataSet("conll2003-en-dev", "en", "conll-evalita-ner/data/ner_datasets/original/en/en.conll.dev.tsv", Format.TAB),
      new DataSet("conll2003-de-dev", "de", "conll-evalita-ner/data/ner_datasets/original/de/de.conll.dev.tsv", Format.TAB),
      new DataSet("evalita2009-it-train", "it", "conll-evalita-ner/data/ner_datasets/original/it/it.evalita.train.tsv", Format.TAB),
      new DataSet("nerkor-hu-devel", "hu", "nytk-nerkor-hu/data/devel", Format.CONLLUP),
      new DataSet("ner-uk-train", "uk", "ner-uk/v2.0/iob/train.iob", Format.SPACE));

  /** How a set is written: token and tag separated by white space (TAB, SPACE), or CoNLL-U Plus with the tag in column 6. */
  public enum Format { TAB, SPACE, CONLLUP }

  /** One evaluation set: a file, or a folder of {@code .conllup} files. */
  public record DataSet(String name, String language, String path, Format format) {}

  /** Counts for one set and type ({@code type} null for all three). */
  public record Score(String set, String language, EntityType type, long gold, long predicted, long correct) {
    public double precision() {
      return Table.ratio(correct, predicted);
    }

    public double recall() {
      return Table.ratio(correct, gold);
    }

    public double f1() {
      return Table.f1(precision(), recall());
    }
  }

  /** All scores. */
  public record Report(List<Score> scores) {
    /** The micro-averaged score of a set over PER, ORG and LOC. */
    public Score overall(String set) {
      return scores.stream().filter(s -> s.set().equals(set) && s.type() == null).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no set '" + set + "'; have "
              + scores.stream().map(Score::set).distinct().toList()));
    }

    /** A Markdown table: one row per set, F1 per type and overall. */
    public String table() {
      Table t = new Table("set", "lang", "PER F1", "ORG F1", "LOC F1", "P", "R", "F1", "gold");
      Map<String, List<Score>> bySet = new LinkedHashMap<>();
      scores.forEach(s -> bySet.computeIfAbsent(s.set(), k -> new ArrayList<>()).add(s));
      for (List<Score> list : bySet.values()) {
        Score all = list.stream().filter(s -> s.type() == null).findFirst().orElseThrow();
        double[] f = new double[3];
        for (Score s : list) {
          if (s.type() != null) {
            f[TYPES.indexOf(s.type())] = s.f1();
          }
        }
        t.row(all.set(), all.language(), f[0], f[1], f[2], all.precision(), all.recall(), all.f1(), all.gold());
      }
      return t.render();
    }
  }

  /** What is evaluated: the names of a text in a language (a {@link MentionRecognizer}, or a variant of it). */
  @FunctionalInterface
  public interface Recogniser {
    List<Mention> recognise(String text, String language);
  }

  private final Recogniser recognizer;

  /**
   * Scores {@code recognizer}'s mentions as the product keeps them: linked into one in-memory registry for the
   * whole run, so a type the recogniser only guessed follows what the registry learnt from earlier texts
   * ({@link EntityRegistry#link}).
   */
  public ConllEvaluation(MentionRecognizer recognizer) {
    this(linked(recognizer));
  }

  private static Recogniser linked(MentionRecognizer recognizer) {
    EntityRegistry registry = EntityRegistry.inMemory(recognizer.gazetteer()::canonical);
    AtomicLong texts = new AtomicLong();
    return (text, language) -> {
      Article article = Article.of("conll-" + texts.incrementAndGet(), "conll", null, null, text, Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(language, 1.0, "given"))
          .with(EntityLayers.MENTIONS, recognizer.recognise(text, language));
      return registry.link(article, Instant.EPOCH).expect(EntityLayers.MENTIONS);
    };
  }

  public ConllEvaluation(Recogniser recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * Which documents (groups of 30 sentences, numbered from 0) are scored: all, or one half, so that settings chosen
   * on the even documents can be reported on the odd ones.
   */
  public enum Half { ALL, EVEN, ODD }

  /** Runs the sets of {@code sets} found under {@code evaldata}; missing ones are left out. */
  public Report run(Path evaldata, List<DataSet> sets) {
    return run(evaldata, sets, Half.ALL);
  }

  /** Runs the sets of {@code sets} found under {@code evaldata} on the documents of {@code half}. */
  public Report run(Path evaldata, List<DataSet> sets, Half half) {
    List<Score> scores = new ArrayList<>();
    for (DataSet set : sets) {
      Path path = evaldata.resolve(set.path());
      if (Files.exists(path)) {
        scores.addAll(score(set, readSentences(path, set.format()), half));
      }
    }
    return new Report(List.copyOf(scores));
  }

  private record Tagged(String token, String tag) {}

  private record GoldSpan(int start, int end, EntityType type) {}

  private List<Score> score(DataSet set, List<List<Tagged>> sentences, Half half) {
    long[] gold = new long[3];
    long[] pred = new long[3];
    long[] ok = new long[3];
    for (int from = 0; from < sentences.size(); from += SENTENCES_PER_DOCUMENT) {
      boolean even = from / SENTENCES_PER_DOCUMENT % 2 == 0;
      if (half == Half.EVEN && !even || half == Half.ODD && even) {
        continue;
      }
      List<List<Tagged>> doc = sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_DOCUMENT));
      StringBuilder text = new StringBuilder();
      Set<GoldSpan> golds = new HashSet<>();
      for (List<Tagged> sentence : doc) {
        int spanStart = -1;
        EntityType spanType = null;
        String spanLabel = null;
        int lastEnd = -1;
        for (Tagged t : sentence) {
          if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append(' ');
          }
          int start = text.length();
          text.append(t.token());
          String label = t.tag().length() > 2 ? t.tag().substring(2) : "";
          boolean begins = t.tag().startsWith("B-") || t.tag().startsWith("I-") && !label.equals(spanLabel);
          if (spanLabel != null && (begins || t.tag().equals("O"))) {
            if (spanType != null) {
              golds.add(new GoldSpan(spanStart, lastEnd, spanType));
            }
            spanLabel = null;
          }
          if (begins) {
            spanStart = start;
            spanLabel = label;
            spanType = typeOf(label);
          }
          lastEnd = text.length();
        }
        if (spanLabel != null && spanType != null) {
          golds.add(new GoldSpan(spanStart, lastEnd, spanType));
        }
        text.append('\n');
      }
      Set<GoldSpan> predicted = new HashSet<>();
      for (Mention m : recognizer.recognise(text.toString(), set.language())) {
        if (TYPES.contains(m.type())) {
          predicted.add(new GoldSpan(m.start(), m.end(), m.type()));
        }
      }
      for (GoldSpan g : golds) {
        gold[TYPES.indexOf(g.type())]++;
      }
      for (GoldSpan p : predicted) {
        pred[TYPES.indexOf(p.type())]++;
        if (golds.contains(p)) {
          ok[TYPES.indexOf(p.type())]++;
        }
      }
    }
    List<Score> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(new Score(set.name(), set.language(), TYPES.get(i), gold[i], pred[i], ok[i]));
    }
    out.add(new Score(set.name(), set.language(), null, gold[0] + gold[1] + gold[2], pred[0] + pred[1] + pred[2],
        ok[0] + ok[1] + ok[2]));
    return out;
  }

  private static EntityType typeOf(String label) {
    return switch (label) {
      case "PER", "PERS" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      default -> null;
    };
  }

  private static List<List<Tagged>> readSentences(Path path, Format format) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(p -> p.toString().endsWith(".conllup")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    } else {
      files.add(path);
    }
    List<List<Tagged>> sentences = new ArrayList<>();
    for (Path file : files) {
      List<Tagged> current = new ArrayList<>();
      try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
        for (String line : (Iterable<String>) lines::iterator) {
          if (line.isBlank() || line.startsWith("-DOCSTART-")) {
            if (!current.isEmpty()) {
              sentences.add(current);
              current = new ArrayList<>();
            }
            continue;
          }
          if (line.startsWith("#") && format == Format.CONLLUP) {
            continue;
          }
          String[] f = switch (format) {
            case CONLLUP -> line.split("\t");
            case TAB, SPACE -> line.strip().split("\\s+");
          };
          int tagColumn = format == Format.CONLLUP ? 5 : f.length - 1;
          if (f.length > tagColumn && tagColumn > 0) {
            current.add(new Tagged(f[0], f[tagColumn].strip()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      if (!current.isEmpty()) {
        sentences.add(current);
      }
    }
    return sentences;
  }
}
