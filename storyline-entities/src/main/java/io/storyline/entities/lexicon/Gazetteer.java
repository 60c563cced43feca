package io.storyline.entities.lexicon;

import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Known names indexed by their folded word sequence ({@code korea północna}), so a lookup costs one hash probe
 * per candidate. Immutable; {@link #plus} returns a larger copy.
 */
public final class Gazetteer {
  /** Longest name, in words, that a lookup tries. */
  public static final int MAX_WORDS = 6;

  private final Map<String, List<KnownName>> byForm;
  private final Map<String, String> canonicalByKey;
  /** The first words of the names of two or more words, folded. */
  private final Set<String> firstWords;
  /** The one-word names of the curated table whose own form is lower case ({@code dpa}), as written. */
  private final Set<String> lowerCaseNames;

  private Gazetteer(Map<String, List<KnownName>> byForm, Map<String, String> canonicalByKey) {
    this.byForm = byForm;
    this.canonicalByKey = canonicalByKey;
    Set<String> first = new HashSet<>();
    for (String form : byForm.keySet()) {
      int space = form.indexOf(' ');
      if (space > 0) {
        first.add(form.substring(0, space));
      }
    }
    this.firstWords = Set.copyOf(first);
    Set<String> lower = new HashSet<>();
    for (List<KnownName> names : byForm.values()) {
      for (KnownName n : names) {
        if (n.source().equals("acronyms") && n.form().indexOf(' ') < 0 && Character.isLowerCase(n.form().codePointAt(0))) {
          lower.add(n.form());
        }
      }
    }
    this.lowerCaseNames = Set.copyOf(lower);
  }

  /** Whether {@code word}, as written, is a name whose own form is lower case ({@code dpa}). */
  public boolean isLowerCaseName(String word) {
    return lowerCaseNames.contains(word);
  }

  /** Whether a known name of two or more words starts with the folded word {@code folded}. */
  public boolean startsLongerName(String folded) {
    return firstWords.contains(folded);
  }

  /**
   * The gazetteer of {@link CldrNames#all()}, built on first use (a few seconds) and then shared by everything in
   * the process that needs it: it is immutable.
   */
  public static Gazetteer cldr() {
    return Cldr.GAZETTEER;
  }

  private static final class Cldr {
    static final Gazetteer GAZETTEER = ofCldr();
  }

  /**
   * The gazetteer of {@link CldrNames#all()}, folding each name once: the regions, cities and acronyms, then the
   * subdivisions and the world cities whose forms no name before them has ({@code of(CldrNames.all())} folds every
   * name twice, once to find which forms are taken and once to index it).
   */
  static Gazetteer ofCldr() {
    Map<String, List<KnownName>> forms = new HashMap<>(1 << 18);
    Map<String, String> canonical = new HashMap<>(1 << 14);
    for (List<KnownName> group : List.of(CldrNames.regions(), CldrNames.cities(), CldrNames.acronyms())) {
      for (KnownName n : group) {
        add(forms, canonical, n, foldForm(n.form()));
      }
    }
    for (List<KnownName> group : List.of(CldrNames.subdivisions(), CldrNames.worldCities())) {
      List<KnownName> added = new ArrayList<>();
      List<String> folded = new ArrayList<>();
      for (KnownName n : group) {
        String f = foldForm(n.form());
        if (!forms.containsKey(f)) {
          added.add(n);
          folded.add(f);
        }
      }
      for (int i = 0; i < added.size(); i++) {
        add(forms, canonical, added.get(i), folded.get(i));
      }
    }
    forms.replaceAll((f, names) -> List.copyOf(names));
    return new Gazetteer(Map.copyOf(forms), Map.copyOf(canonical));
  }

  private static void add(Map<String, List<KnownName>> forms, Map<String, String> canonical, KnownName n, String folded) {
    if (folded.isEmpty()) {
      return;
    }
    List<KnownName> list = forms.computeIfAbsent(folded, k -> new ArrayList<>(1));
    if (!list.contains(n)) {
      list.add(n);
    }
    canonical.putIfAbsent(n.key(), n.canonical());
  }

  /** Whether {@code other} knows the same names under the same forms, in the same order, with the same display names. */
  boolean sameAs(Gazetteer other) {
    return byForm.equals(other.byForm) && canonicalByKey.equals(other.canonicalByKey);
  }

  /** A gazetteer of {@code names}. */
  public static Gazetteer of(Collection<KnownName> names) {
    return new Gazetteer(Map.of(), Map.of()).plus(names);
  }

  /** A copy that also knows {@code names}. */
  public Gazetteer plus(Collection<KnownName> names) {
    Map<String, List<KnownName>> forms = new HashMap<>(byForm);
        Map<String, String> canonical = new HashMap<>(canonicalByKey);
    for (KnownName n : names) {
      String folded = foldForm(n.form());
      if (folded.isEmpty()) {
        continue;
      }
      List<KnownName> list = new ArrayList<>(forms.getOrDefault(folded, List.of()));
      if (!list.contains(n)) {
        list.add(n);
      }
      forms.put(folded, List.copyOf(list));
      canonical.putIfAbsent(n.key(), n.canonical());
    }
    return new Gazetteer(Map.copyOf(forms), Map.copyOf(canonical));
  }

  /** Names written as the folded word sequence {@code folded} that apply to {@code language}, best first. */
  public List<KnownName> lookup(String folded, String language) {
    List<KnownName> all = byForm.get(folded);
    if (all == null) {
      return List.of();
    }
    List<KnownName> own = new ArrayList<>();
    List<KnownName> other = new ArrayList<>();
    for (KnownName n : all) {
      if (n.language().equals(language)) {
        own.add(n);
      } else if (n.language().equals(KnownName.ANY_LANGUAGE) || n.language().equals("en")) {
        other.add(n);
      }
    }
    own.addAll(other);
    return own;
  }

  /** The display name registered for a key ({@code #JP} gives {@code Japan}), or null. */
  public String canonical(String key) {
    return canonicalByKey.get(key);
  }

  /** The keys that have a display name. */
  Set<String> keys() {
    return canonicalByKey.keySet();
  }

  public int size() {
    return byForm.values().stream().mapToInt(List::size).sum();
  }

  /** The lookup form of a name: its words folded and joined by single spaces. */
  public static String foldForm(String form) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(form)) {
      if (t.word()) {
        if (!sb.isEmpty()) {
          sb.append(' ');
        }
        sb.append(Homoglyphs.fold(t.text()));
      }
    }
    return sb.toString();
  }
}
