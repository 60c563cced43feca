package io.storyline.entities.lemma;

import io.storyline.entities.EntityType;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Homoglyphs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Base forms of names: Morfologik dictionaries for Polish (PoliMorf, BSD-2-Clause), Ukrainian (dict_uk search
 * dictionary, Apache-2.0) and German (LanguageTool's german-pos-dict, CC BY-SA 4.0), then per-language suffix rules for names no dictionary knows ({@code Ishibą -> Ishiba},
 * {@code Japánnal -> Japán}, {@code Кісідою -> Кісіда}). Thread-safe; dictionaries are loaded once.
 */
public final class NameLemmatizer {
  private static final Map<String, String> DICTIONARIES = Map.of(
      "pl", "/morfologik/stemming/polish/polish.dict",
      "uk", "/ua/net/nlp/ukrainian.dict",
      "de", "/org/languagetool/resource/de/german.dict");
  /** Tags of German proper nouns ({@code EIG:...}) that name people, and that name places. */
  private static final List<String> GERMAN_PERSON = List.of(":VOR", ":NAC", ":PER");
  private static final List<String> GERMAN_PLACE = List.of(":COU", ":STD", ":GEB", ":GEO", ":WAT", ":MOU");

  private final Map<String, ThreadLocal<DictionaryLookup>> lookups;

  /** Loads the Polish, Ukrainian and German dictionaries (about 11 MB, under a second). */
  public NameLemmatizer() {
    Map<String, ThreadLocal<DictionaryLookup>> m = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : DICTIONARIES.entrySet()) {
      Dictionary dictionary = read(e.getValue());
      m.put(e.getKey(), ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary)));
    }
    this.lookups = Map.copyOf(m);
  }

  /**
   * What a dictionary says about a word; {@link #UNKNOWN} for languages without one.
   *
   * @param place true when a reading names a place (only dictionaries that tag places say so: German)
   */
  public record WordFacts(boolean known, boolean common, boolean person, boolean place, boolean adjective,
      List<String> properLemmas, List<String> commonLemmas) {
    public static final WordFacts UNKNOWN = new WordFacts(false, false, false, false, false, List.of(), List.of());
  }

  /** Dictionary facts for a word as written. */
  public WordFacts facts(String word, String language) {
    ThreadLocal<DictionaryLookup> lookup = lookups.get(language);
    if (lookup == null || word.isEmpty()) {
      return WordFacts.UNKNOWN;
    }
    DictionaryLookup d = lookup.get();
    String lower = word.toLowerCase(Locale.ROOT);
    boolean common = false;
    boolean person = false;
    boolean place = false;
    boolean adjective = false;
    boolean german = "de".equals(language);
    Set<String> proper = new LinkedHashSet<>();
    Set<String> commonLemmas = new LinkedHashSet<>();
    boolean bothCases = ("pl".equals(language) || german) && !word.equals(lower);
    for (String form : bothCases ? List.of(word, lower) : List.of(lower)) {
      for (WordData wd : d.lookup(form)) {
        String stem = wd.getStem().toString();
        String tag = wd.getTag() == null ? "" : wd.getTag().toString();
        if (german && tag.startsWith("ABK")) {
          continue; // abbreviations (SPD, EU) are neither common words nor proper nouns here
        }
        // German capitalises every noun, so its tags (EIG = proper noun) and not the case of the stem tell names
        boolean properNoun = german ? tag.startsWith("EIG")
            : !stem.isEmpty() && Character.isUpperCase(stem.codePointAt(0));
        if (properNoun) {
          proper.add(stem);
          person |= german ? containsAny(tag, GERMAN_PERSON) : tag.contains(":m1")
              || tag.contains("anim:") && !tag.contains("inanim") || tag.contains("fname") || tag.contains("lname");
          place |= german && containsAny(tag, GERMAN_PLACE);
        } else {
          common = true;
          commonLemmas.add(stem);
        }
        adjective |= german ? tag.startsWith("ADJ") || tag.startsWith("PA") : tag.startsWith("adj");
      }
    }
    boolean known = common || !proper.isEmpty();
    return new WordFacts(known, common, person, place, adjective, List.copyOf(proper), List.copyOf(commonLemmas));
  }

  private static boolean containsAny(String tag, List<String> parts) {
    for (String p : parts) {
      if (tag.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Possible base forms of one word, best first: proper-noun dictionary lemmas, then applicable suffix rules,
   * then the word itself, then candidate-only rules.
   */
  public List<String> candidates(String word, String language, EntityType type) {
    Set<String> out = new LinkedHashSet<>();
    if (isAllCaps(word)) {
      out.add(word);
      return List.copyOf(out);
    }
    WordFacts facts = facts(word, language);
    if (!facts.adjective() || type == EntityType.LOCATION) {
      out.addAll(facts.properLemmas()); // a place may share its form with an adjective: Polski (of Polska), polski
    }
    if (!facts.adjective()) {
      if (type != EntityType.PERSON && Character.isUpperCase(word.codePointAt(0))) {
        facts.commonLemmas().forEach(l -> out.add(capitalise(l)));
      }
    }
    List<String> maybe = new ArrayList<>();
    String folded = Homoglyphs.fold(word);
    boolean sameLength = folded.length() == word.length();
    for (SuffixRule rule : LanguageData.of(language).lemmaRules()) {
      if (rule.fits(folded, type)) {
        String base = sameLength ? rule.applyTo(word) : rule.applyTo(folded);
        (rule.apply() ? out : maybe).add(base);
      }
    }
    out.add(word);
    out.addAll(maybe);
    return List.copyOf(out);
  }

  /** The base form of one word: the first of {@link #candidates}. */
  public String lemma(String word, String language, EntityType type) {
    return candidates(word, language, type).getFirst();
  }

  /**
   * The base form of a multi-word name. Person names inflect in every word; other names inflect in the head noun
   * and the adjectives next to it ({@code Wielkiej Brytanii -> Wielka Brytania}, {@code Partii Niepodległości
   * Wielkiej Brytanii -> Partia Niepodległości Wielkiej Brytanii}).
   */
  public String lemma(List<String> words, String language, EntityType type) {
    LanguageData data = LanguageData.of(language);
    StringBuilder out = new StringBuilder();
    boolean inflecting = true;
    boolean previousAdjective = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean adjective = data.looksAdjectival(Homoglyphs.fold(w)) || facts(w, language).adjective();
      boolean inflect = type == EntityType.PERSON || i == 0 || inflecting && (adjective || previousAdjective);
      inflecting = inflect;
      if (i > 0) {
        out.append(' ');
      }
      out.append(inflect ? lemma(w, language, type) : w);
      previousAdjective = adjective;
    }
    return out.toString();
  }

  private static String capitalise(String w) {
    return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
  }

  private static boolean isAllCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static Dictionary read(String resource) {
    URL url = NameLemmatizer.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("Morfologik dictionary " + resource + " is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Morfologik dictionary " + resource, e);
    }
  }
}
