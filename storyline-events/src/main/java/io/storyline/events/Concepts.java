package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lemma.NameLemmatizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Translingual concepts: a word of a language, after lemmatisation, to the WordNet synsets it names
 * ({@code szczyt}, {@code саміт}, {@code vertice} and {@code summit} share {@code 08312359-n}), and the English gloss
 * of a concept. The tables ({@code <language>.tsv.gz}: {@code lemma<TAB>synset synset...}, the synsets named by the
 * most languages first) are generated from Open Multilingual Wordnet by {@code tools/omw.py}; see the README beside
 * them. A word is looked up as written (lower case), then by its dictionary base forms ({@link NameLemmatizer}'s
 * Morfologik dictionaries: pl uk ru de en es it nl), then, in the languages {@code compounding.txt} names, by its
 * compound head ({@code Kultusminister}: {@code minister}), then, where {@code siblings.txt} names a closely related
 * language whose table is richer, by its romanised key in that language's table (Ukrainian {@code саміт} meets
 * Russian {@code саммит} as {@code samit}). Thread-safe; each table is read once, on its language's first use, and
 * the dictionaries are this class's own {@link NameLemmatizer}'s.
 */
public final class Concepts {
  /** Concepts kept per word, the most shared senses first: chosen on the SemEval tuning half (docs/quality-events.md). */
  public static final int PER_WORD = 2;

  private static final String FOLDER = "/io/storyline/events/concepts/";
  private static final Pattern SYNSET = Pattern.compile("\\d{8}-[nvasr]");
  /** Senses of a lemma, from the first, under which it counts as a word of the concept for translations. */
  private static final int TRANSLATION_SENSES = 2;
  /** Letters a lemma has at least to be given as a translation. */
  private static final int MIN_TRANSLATION = 3;
  /** Letters a compound's head and the rest before it have at least. */
  private static final int MIN_PART = 4;
  private static final Concepts BUNDLED = new Concepts(
      name -> Concepts.class.getResourceAsStream(FOLDER + name), "class path " + FOLDER);

  /** Opens a file of the tables by name, or returns null when there is no such file. */
  @FunctionalInterface
  interface Source {
    InputStream open(String name) throws IOException;
  }

  /** One language's table: lemma to concepts, and (for siblings, built on first use) romanised key to concepts. */
  private static final class Table {
    final Map<String, String[]> byLemma;
    final String language;
    volatile Map<String, String[]> byKey;
    volatile Map<String, List<String>> byConcept;

    Table(String language, Map<String, String[]> byLemma) {
      this.language = language;
      this.byLemma = byLemma;
    }

    /** Per concept, the lemmas that name it as their first or second sense ({@link #TRANSLATION_SENSES}). */
    Map<String, List<String>> byConcept() {
      Map<String, List<String>> words = byConcept;
      if (words == null) {
        Map<String, List<String>> built = new HashMap<>();
        byLemma.forEach((lemma, concepts) -> {
          for (int i = 0; i < Math.min(TRANSLATION_SENSES, concepts.length); i++) {
            if (lemma.length() >= MIN_TRANSLATION) {
              built.computeIfAbsent(concepts[i], k -> new ArrayList<>(2)).add(lemma);
            }
          }
        });
        byConcept = words = built;
      }
      return words;
    }

    Map<String, String[]> byKey() {
      Map<String, String[]> keys = byKey;
      if (keys == null) {
        Map<String, String[]> built = new HashMap<>();
        byLemma.forEach((lemma, concepts) -> built.putIfAbsent(key(lemma, language), concepts));
        byKey = keys = built;
      }
      return keys;
    }
  }

  private final Source source;
  private final String where;
  private final NameLemmatizer lemmatizer = new NameLemmatizer();
  private final Map<String, Table> tables = new ConcurrentHashMap<>();
  private volatile Map<String, String> glosses;
  private volatile Set<String> proper;
  private volatile Map<String, List<String>> siblings;
  private volatile Set<String> compounding;

  Concepts(Source source, String where) {
    this.source = Objects.requireNonNull(source, "source");
    this.where = Objects.requireNonNull(where, "where");
  }

  /** The tables that ship with Storyline. */
  public static Concepts bundled() {
    return BUNDLED;
  }

  /** Tables read from {@code folder} (files named as the bundled ones; gzipped when they end in {@code .gz}). */
  public static Concepts in(Path folder) {
    return new Concepts(name -> {
      try {
        return Files.newInputStream(folder.resolve(name));
      } catch (NoSuchFileException e) {
        return null;
      }
    }, folder.toString());
  }

  /**
   * The concept keys of {@code word} written in {@code language}, the most shared senses first, at most
   * {@link #PER_WORD}; empty for a word no table knows, or a language without a table.
   */
  public List<String> of(String word, String language) {
    return of(word, language, PER_WORD);
  }

  /** The concept keys of {@code word}, at most {@code limit}. */
  public List<String> of(String word, String language, int limit) {
    if (word == null || word.isEmpty() || language == null) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    Table table = table(language);
    Set<String> found = new LinkedHashSet<>();
    add(found, table.byLemma.get(lower), limit);
    List<String> bases = found.isEmpty() ? lemmatizer.baseForms(lower, language) : List.of();
    for (String base : bases) {
      add(found, table.byLemma.get(base), limit);
    }
    if (found.isEmpty() && compounding().contains(language)) {
      head(found, table, lower, language, limit);
    }
    if (found.isEmpty()) {
      String lemma = bases.isEmpty() ? lower : bases.getFirst();
      for (String sibling : siblings().getOrDefault(language, List.of())) {
        add(found, table(sibling).byKey().get(key(lemma, language)), limit);
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Words of {@code languages} that share a concept with {@code word}, at most {@code limit}, one per language in
   * the order given: the word's concepts are read from the tables of English and of the languages given (its most
   * shared sense first, {@link #PER_WORD} at most), and each language gives the lemma that names most of them (as
   * its first or second sense), then the one with the fewest senses ({@code summit}: {@code szczyt}, {@code vertice}). A language whose table knows the word itself
   * gives none: its own analysis finds the word's forms. For search expansion.
   */
  public List<String> translations(String word, Set<String> languages, int limit) {
    if (word == null || word.isBlank() || limit <= 0) {
      return List.of();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> concepts = new LinkedHashSet<>();
    Set<String> sources = new LinkedHashSet<>();
    for (String language : languagesOf(languages)) {
      String[] direct = table(language).byLemma.get(lower);
      // other languages' words are taken as written: a query word is mostly a base form, and each language's
      // dictionary would cost seconds to load at the first search
      List<String> found = direct != null ? Arrays.asList(direct).subList(0, Math.min(PER_WORD, direct.length))
          : !language.equals("en") ? List.<String>of() : lemmatizer.baseForms(lower, language).stream().map(b -> table(language).byLemma.get(b))
              .filter(Objects::nonNull).findFirst().map(c -> Arrays.asList(c).subList(0, Math.min(PER_WORD, c.length)))
              .orElse(List.of());
      if (!found.isEmpty()) {
        sources.add(language);
        for (String c : found) {
          if (concepts.size() < PER_WORD) {
            concepts.add(c);
          }
        }
      }
    }
    // the sense whose English headword is the word itself first ("summit": the meeting before the apex)
    List<String> ranked = concepts.stream().sorted(Comparator.comparingInt(c -> gloss(c).filter(lower::equals)
        .isPresent() ? 0 : 1)).toList();
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (String language : languages) {
      if (language.equals(sources.stream().findFirst().orElse(null))) {
        continue; // the word's own language: its analysis finds the word's forms
      }
      Table table = table(language);
      Map<String, Double> named = new HashMap<>();
      for (int i = 0; i < ranked.size(); i++) {
        double weight = 1 + (ranked.size() - i) * 0.01; // the word's most shared sense breaks ties
        for (String lemma : table.byConcept().getOrDefault(ranked.get(i), List.of())) {
          named.merge(lemma, weight, Double::sum);
        }
      }
      List<String> candidates = named.keySet().stream().filter(w -> !w.equals(lower)).toList();
      Comparator<String> fewestSenses = Comparator.comparingInt((String w) -> table.byLemma.get(w).length)
          .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder());
      // the least ambiguous word of the word's first sense ("саммит" rather than "верх", "top"), then the word that
      // names most of the word's senses ("szczyt": apex and summit)
      ranked.stream().map(c -> table.byConcept().getOrDefault(c, List.of()).stream().filter(w -> !w.equals(lower))
              .min(fewestSenses)).flatMap(java.util.Optional::stream).findFirst().ifPresent(first::add);
      candidates.stream().min(Comparator.comparingDouble((String w) -> -named.get(w)).thenComparing(fewestSenses))
          .filter(w -> !first.contains(w)).ifPresent(second::add);
    }
    List<String> out = new ArrayList<>();
    for (String w : concat(first, second)) {
      if (out.size() < limit && !out.contains(w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** English first, then {@code languages}: where a query word's concepts are looked up. */
  private static List<String> languagesOf(Set<String> languages) {
    List<String> order = new ArrayList<>(List.of("en"));
    languages.stream().filter(l -> !l.equals("en")).forEach(order::add);
    return order;
  }

  /**
   * Whether {@code concept} names something by a proper name: its English lemmas are all written with a capital
   * (Japan, German, Christian; {@code proper.txt.gz}).
   */
  public boolean isProper(String concept) {
    Set<String> p = proper;
    if (p == null) {
      Set<String> read = new HashSet<>();
      forEachLine("proper.txt.gz", (file, line, text) -> {
        if (!SYNSET.matcher(text).matches()) {
          throw malformed(file, line, text, "one synset a line, like 08921850-n");
        }
        read.add(text);
      });
      proper = p = Set.copyOf(read);
    }
    return p.contains(concept);
  }

  /** The English gloss of {@code concept} (the first English lemma of its synset), when the tables have one. */
  public Optional<String> gloss(String concept) {
    Map<String, String> g = glosses;
    if (g == null) {
      synchronized (this) {
        if (glosses == null) {
          Map<String, String> read = new HashMap<>();
          forEachLine("glosses.tsv.gz", (file, line, text) -> {
            String[] parts = text.split("\t", -1);
            if (parts.length != 2 || !SYNSET.matcher(parts[0]).matches() || parts[1].isBlank()) {
              throw malformed(file, line, text, "'synset<TAB>English lemma' with a synset like 08312359-n");
            }
            read.put(parts[0], parts[1]);
          });
          glosses = Map.copyOf(read);
        }
        g = glosses;
      }
    }
    return Optional.ofNullable(g.get(concept));
  }

  /**
   * The concepts of a compound's head, its longest known final part ({@code Kultusminister}: {@code minister},
   * {@code Tierversuche}: {@code versuch}), at least {@value #MIN_PART} letters each side.
   */
  private void head(Set<String> found, Table table, String word, String language, int limit) {
    for (int i = MIN_PART; i <= word.length() - MIN_PART && found.isEmpty(); i++) {
      String part = word.substring(i);
      add(found, table.byLemma.get(part), limit);
      if (found.isEmpty()) {
        for (String base : lemmatizer.baseForms(part, language)) {
          add(found, table.byLemma.get(base), limit);
        }
      }
    }
  }

  private Set<String> compounding() {
    Set<String> c = compounding;
    if (c == null) {
      Set<String> read = new HashSet<>();
      forEachLine("compounding.txt", (file, line, text) -> {
        for (String code : text.strip().split("\\s+")) {
          if (!code.matches("[a-z]{2,3}")) {
            throw malformed(file, line, text, "ISO 639-1 codes separated by spaces, e.g. 'de nl'");
          }
          read.add(code);
        }
      });
      compounding = c = Set.copyOf(read);
    }
    return c;
  }

  private static void add(Set<String> found, String[] concepts, int limit) {
    if (concepts != null) {
      for (String c : concepts) {
        if (found.size() >= limit) {
          return;
        }
        found.add(c);
      }
    }
  }

  /** A lemma's romanised key (Cyrillic by the language's rules, doubled letters single), for sibling look-ups. */
  private static String key(String lemma, String language) {
    return NameKey.of(lemma, EntityType.MISC, language).replace(" ", "");
  }

  private Table table(String language) {
    return tables.computeIfAbsent(language, this::read);
  }

  private Table read(String language) {
    Map<String, String[]> byLemma = new HashMap<>();
    Map<String, String> interned = new HashMap<>();
    forEachLine(language + ".tsv.gz", (file, line, text) -> {
      int tab = text.indexOf('\t');
      String[] concepts = tab <= 0 ? new String[0] : text.substring(tab + 1).split(" ");
      if (tab <= 0 || text.indexOf('\t', tab + 1) >= 0 || concepts.length == 0) {
        throw malformed(file, line, text, "'lemma<TAB>synset synset...' with synsets like 08312359-n");
      }
      for (int i = 0; i < concepts.length; i++) {
        if (!SYNSET.matcher(concepts[i]).matches()) {
          throw malformed(file, line, text, "synsets like 08312359-n separated by single spaces, not '" + concepts[i] + "'");
        }
        concepts[i] = interned.computeIfAbsent(concepts[i], c -> c);
      }
      byLemma.put(text.substring(0, tab), concepts);
    });
    return new Table(language, byLemma);
  }

  @FunctionalInterface
  private interface LineReader {
    void accept(String file, int line, String text);
  }

  /** Calls {@code reader} for every line but headers ({@code #}); a missing file is an empty table. */
  private void forEachLine(String name, LineReader reader) {
    String file = where + (where.endsWith("/") ? "" : "/") + name;
    try (InputStream raw = source.open(name)) {
      if (raw == null) {
        return;
      }
      InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        n++;
        if (!text.isEmpty() && text.charAt(0) != '#') {
          reader.accept(file, n, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the concept table " + file, e);
    }
  }

  private Map<String, List<String>> siblings() {
    Map<String, List<String>> s = siblings;
    if (s == null) {
      Map<String, List<String>> read = new HashMap<>();
      forEachLine("siblings.txt", (file, line, text) -> {
        List<String> codes = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        if (codes.size() < 2 || codes.stream().anyMatch(c -> !c.matches("[a-z]{2,3}"))) {
          throw malformed(file, line, text, "'language sibling...' as ISO 639-1 codes, e.g. 'uk ru'");
        }
        read.put(codes.removeFirst(), List.copyOf(codes));
      });
      siblings = s = Map.copyOf(read);
    }
    return s;
  }

  private static IllegalArgumentException malformed(String file, int line, String text, String expected) {
    return new IllegalArgumentException(file + " line " + line + ": expected " + expected + ", found '" + text + "'");
  }
}
