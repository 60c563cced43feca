package io.storyline.entities.eval;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.text.Homoglyphs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * BSNLP-style document-level scores on the SlavicNER corpus ({@code raw/<topic>/<lang>/*.txt} with gold
 * {@code ner/<topic>/<lang>/*.tsv}): relaxed recognition (the set of distinct (form, type) pairs per document),
 * normalisation accuracy (base form equals the gold lemma, on mentions whose span was found exactly) and
 * cross-lingual linking (pairs of found mentions in different documents that share a gold id versus pairs that
 * share a registry id; all languages linked into one in-memory registry).
 */
public final class SlavicNerEvaluation {
  private static final Map<String, String> FOLDERS = Map.of("uk", "uk", "ru", "ru", "pl", "pl", "cs", "cs", "bg", "bg", "sl", "sl");

  private final MentionRecognizer recognizer;

  public SlavicNerEvaluation(MentionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** Scores of one language. */
  public record LanguageScores(String language, int documents, long goldNames, long foundNames, long correctTyped,
      long correctUntyped, long lemmaChecked, long lemmaCorrect) {
    public double precision() {
      return Table.ratio(correctTyped, foundNames);
    }

    public double recall() {
      return Table.ratio(correctTyped, goldNames);
    }

    public double f1() {
      return Table.f1(precision(), recall());
    }

    /** F1 when the type is ignored. */
    public double untypedF1() {
      return Table.f1(Table.ratio(correctUntyped, foundNames), Table.ratio(correctUntyped, goldNames));
    }

    public double normalisationAccuracy() {
      return Table.ratio(lemmaCorrect, lemmaChecked);
    }
  }

  /** The whole report; linking is over all languages together. */
  public record Report(List<LanguageScores> languages, long goldPairs, long predictedPairs, long correctPairs,
      int entities) {
    public double linkingPrecision() {
      return Table.ratio(correctPairs, predictedPairs);
    }

    public double linkingRecall() {
      return Table.ratio(correctPairs, goldPairs);
    }

    public double linkingF1() {
      return Table.f1(linkingPrecision(), linkingRecall());
    }

    public LanguageScores language(String code) {
      return languages.stream().filter(l -> l.language().equals(code)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no scores for language '" + code + "'; have "
              + languages.stream().map(LanguageScores::language).toList()));
    }

    /** A Markdown table of the scores. */
    public String table() {
      Table t = new Table("lang", "docs", "recognition P", "R", "F1", "F1 untyped", "normalisation acc", "checked");
      for (LanguageScores l : languages) {
        t.row(l.language(), l.documents(), l.precision(), l.recall(), l.f1(), l.untypedF1(), l.normalisationAccuracy(),
            l.lemmaChecked());
      }
      return t.render() + String.format(java.util.Locale.ROOT,
          "%nCross-document linking over all languages: P %.3f R %.3f F1 %.3f (%d gold pairs, %d entities)%n",
          linkingPrecision(), linkingRecall(), linkingF1(), goldPairs, entities);
    }
  }

  /**
   * Runs over {@code data} (the SlavicNER folder) for {@code languages}, at most {@code maxDocuments} per language
   * (0 for all).
   *
   * @throws IllegalArgumentException naming a language the corpus does not have
   */
  public Report run(Path data, List<String> languages, int maxDocuments) {
    return run(data, languages, maxDocuments, List.of());
  }

  /**
   * As {@link #run(Path, List, int)}, over the documents of {@code topics} only (folder names under {@code raw},
   * e.g. {@code brexit}; empty for all): settings are chosen on some topics and reported on the others.
   *
   * @throws IllegalArgumentException naming a language or topic the corpus does not have
   */
  public Report run(Path data, List<String> languages, int maxDocuments, List<String> topics) {
    for (String topic : topics) {
      if (!Files.isDirectory(data.resolve("raw").resolve(topic))) {
        throw new IllegalArgumentException("SlavicNER has no topic '" + topic + "' under " + data.resolve("raw")
            + "; valid: " + topicsOf(data));
      }
    }
    EntityRegistry registry = EntityRegistry.inMemory(recognizer.gazetteer()::canonical);
    Map<String, Map<String, Integer>> cells = new HashMap<>();
    List<LanguageScores> scores = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    for (String lang : languages) {
      if (!FOLDERS.containsKey(lang)) {
        throw new IllegalArgumentException("SlavicNER has no language '" + lang + "'; valid: " + FOLDERS.keySet());
      }
      scores.add(runLanguage(data, lang, maxDocuments, topics, registry, units));
    }
    return linking(scores, units, registry.size());
  }

  /** A found mention with its gold id and predicted entity id, for linking. */
  private record Unit(String document, String gold, String predicted) {}

  private record Gold(int start, int end, String surface, String lemma, String type, String id) {}

  /** The topic folders of the corpus, sorted. */
  private static List<String> topicsOf(Path data) {
    try (Stream<Path> topics = Files.list(data.resolve("raw"))) {
      return topics.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + data.resolve("raw"), e);
    }
  }

  private LanguageScores runLanguage(Path data, String lang, int max, List<String> only, EntityRegistry registry,
      List<Unit> units) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> topics = Files.list(data.resolve("raw"))) {
      for (Path topic : topics.sorted().toList()) {
        if (!only.isEmpty() && !only.contains(topic.getFileName().toString())) {
          continue;
        }
        Path dir = topic.resolve(FOLDERS.get(lang));
        if (Files.isDirectory(dir)) {
          try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + data, e);
    }
    int docs = 0;
    long gold = 0;
    long found = 0;
    long typed = 0;
    long untyped = 0;
    long checked = 0;
    long lemmaOk = 0;
    for (Path raw : files) {
      Path tsv = data.resolve("ner").resolve(data.resolve("raw").relativize(raw).toString().replaceAll("\\.txt$", ".tsv"));
      if (!Files.exists(tsv)) {
        continue;
      }
      if (max > 0 && docs >= max) {
        break;
      }
      docs++;
      String text = read(raw);
      List<Gold> golds = readGold(tsv, text.length());
      String docId = raw.getFileName().toString();
      Article article = Article.of(docId, raw.toString(), null, null, text, Map.of())
          .with(Layers.LANGUAGE, new LanguageGuess(lang, 1.0, "given"))
          .with(EntityLayers.MENTIONS, recognizer.recognise(text, lang));
      List<Mention> mentions = registry.link(article, Instant.EPOCH).expect(EntityLayers.MENTIONS);
      Set<String> goldTyped = new HashSet<>();
      Set<String> goldForms = new HashSet<>();
      for (Gold g : golds) {
        goldTyped.add(Homoglyphs.fold(g.surface()) + "|" + g.type());
        goldForms.add(Homoglyphs.fold(g.surface()));
      }
      Set<String> predTyped = new HashSet<>();
      Set<String> predForms = new HashSet<>();
      Map<Long, Mention> bySpan = new HashMap<>();
      for (Mention m : mentions) {
        if (m.type() == EntityType.MISC) {
          continue;
        }
        predTyped.add(Homoglyphs.fold(m.surface()) + "|" + m.type().code());
        predForms.add(Homoglyphs.fold(m.surface()));
        bySpan.put(((long) m.start() << 32) | m.end(), m);
      }
      gold += goldTyped.size();
      found += predTyped.size();
      typed += predTyped.stream().filter(goldTyped::contains).count();
      untyped += predTyped.stream().filter(p -> goldForms.contains(p.substring(0, p.lastIndexOf('|')))).count();
      Set<String> lemmaSeen = new HashSet<>();
      for (Gold g : golds) {
        Mention m = bySpan.get(((long) g.start() << 32) | g.end());
        if (m == null) {
          continue;
        }
        if (lemmaSeen.add(g.surface() + "|" + g.lemma())) {
          checked++;
          if (m.lemma().equals(g.lemma())) {
            lemmaOk++;
          }
        }
        units.add(new Unit(docId, g.id(), m.entityId()));
      }
    }
    return new LanguageScores(lang, docs, gold, found, typed, untyped, checked, lemmaOk);
  }

  private static Report linking(List<LanguageScores> scores, List<Unit> units, int entities) {
    Set<Unit> distinct = new HashSet<>(units);
    Map<String, Long> gold = new HashMap<>();
    Map<String, Long> pred = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    Map<String, Long> goldInDoc = new HashMap<>();
    Map<String, Long> predInDoc = new HashMap<>();
    Map<String, Long> bothInDoc = new HashMap<>();
    for (Unit u : distinct) {
      gold.merge(u.gold(), 1L, Long::sum);
      pred.merge(u.predicted(), 1L, Long::sum);
      both.merge(u.gold() + "\u0000" + u.predicted(), 1L, Long::sum);
      goldInDoc.merge(u.document() + "\u0000" + u.gold(), 1L, Long::sum);
      predInDoc.merge(u.document() + "\u0000" + u.predicted(), 1L, Long::sum);
      bothInDoc.merge(u.document() + "\u0000" + u.gold() + "\u0000" + u.predicted(), 1L, Long::sum);
    }
    long goldPairs = pairs(gold) - pairs(goldInDoc);
    long predPairs = pairs(pred) - pairs(predInDoc);
    long correct = pairs(both) - pairs(bothInDoc);
    return new Report(List.copyOf(scores), goldPairs, predPairs, correct, entities);
  }

  private static long pairs(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  private static List<Gold> readGold(Path tsv, int length) {
    List<Gold> out = new ArrayList<>();
    for (String line : read(tsv).split("\n")) {
      String[] f = line.split("\t");
      if (f.length < 6 || !f[0].matches("\\d+")) {
        continue;
      }
      int start = Integer.parseInt(f[0]);
      int end = Integer.parseInt(f[1]);
      if (end <= length && start < end) {
        out.add(new Gold(start, end, f[2], f[3], f[4].strip(), f[5].strip()));
      }
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
