package io.storyline.entities.model;

import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Homoglyphs;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature generator factory (named in {@code ner-features.xml}, parameter {@code language}) for what the project's
 * lexicons say about a word: the CLDR/registry gazetteer's type for names of up to three words it is part of (with
 * its position: B, I, E or S for a single word), the Morfologik dictionary's readings (first name or surname,
 * place, organisation, common word, unknown), and the rule lists' cues: a title or role before it, a place
 * preposition before it, a lower-case cue noun before it, an organisation or place head word, a stop word, a month.
 * The rules' evidence thus becomes features the model weighs, rather than decisions.
 */
public final class LexiconFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  /** One dictionary for the features of all models (dictionaries are read on first use of their language). */
  private static final NameLemmatizer LEMMATIZER = new NameLemmatizer();
  private static final int LONGEST = 3;

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return generator(getStr("language"));
  }

  /** The generator for {@code language} (ISO 639-1). */
  static AdaptiveFeatureGenerator generator(String language) {
    return new Generator(language);
  }

  private static final class Generator implements AdaptiveFeatureGenerator {
    private final String language;
    private final LanguageData data;
    private final Gazetteer gazetteer = Gazetteer.cldr();
    private String[] cachedFor;
    private List<List<String>> cached;

    Generator(String language) {
      this.language = language;
      this.data = LanguageData.of(language);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != cachedFor) {
        cached = sentence(tokens);
        cachedFor = tokens;
      }
      features.addAll(cached.get(index));
    }

    /** The features of every token of a sentence, computed once. */
    private List<List<String>> sentence(String[] tokens) {
      String[] folded = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        folded[i] = Homoglyphs.fold(tokens[i]);
      }
      List<List<String>> out = new ArrayList<>(tokens.length);
      for (int i = 0; i < tokens.length; i++) {
        out.add(new ArrayList<>(6));
      }
      for (int i = 0; i < tokens.length; i++) {
        if (!Character.isLetterOrDigit(tokens[i].codePointAt(0))) {
          continue;
        }
        gazetteer(tokens, folded, i, out);
        List<String> f = out.get(i);
        dictionary(tokens[i], f);
        cues(folded, i, f);
      }
      return out;
    }

    /** Gazetteer names of one to three words starting at {@code i}, marked on each of their words. */
    private void gazetteer(String[] tokens, String[] folded, int i, List<List<String>> out) {
      StringBuilder form = new StringBuilder();
      for (int n = 1; n <= LONGEST && i + n <= tokens.length; n++) {
        int last = i + n - 1;
        if (!Character.isLetterOrDigit(tokens[last].codePointAt(0))) {
          break;
        }
        if (n > 1) {
          form.append(' ');
        }
        form.append(folded[last]);
        List<KnownName> hits = gazetteer.lookup(form.toString(), language);
        if (hits.isEmpty()) {
          continue;
        }
        String type = typeName(hits.get(0).type());
        for (int k = i; k <= last; k++) {
          String position = n == 1 ? "S" : k == i ? "B" : k == last ? "E" : "I";
          out.get(k).add("gz=" + type + position);
        }
      }
    }

    private void dictionary(String word, List<String> f) {
      WordFacts facts = LEMMATIZER.facts(word, language);
      if (!facts.known()) {
        f.add("dict=unknown");
        return;
      }
      if (facts.person()) {
        f.add("dict=person");
      }
      if (facts.place()) {
        f.add("dict=place");
      }
      if (facts.organisation()) {
        f.add("dict=org");
      }
      if (!facts.properLemmas().isEmpty()) {
        f.add("dict=proper");
      }
      if (facts.common()) {
        f.add(facts.commonNoun() ? "dict=noun" : "dict=common");
      }
    }

    private void cues(String[] folded, int i, List<String> f) {
      String word = folded[i];
      if (i > 0) {
        String before = folded[i - 1];
        if (data.isPersonBefore(before)) {
          f.add("cue=title-1");
        }
        if (data.isPlaceBefore(before)) {
          f.add("cue=place-prep-1");
        }
        EntityType cue = data.cueType(before);
        if (cue != null) {
          f.add("cue=" + typeName(cue) + "-1");
        }
      }
      if (i + 1 < folded.length && data.isPersonAfter(folded[i + 1])) {
        f.add("cue=role+1");
      }
      EntityType head = data.headType(word);
      if (head != null) {
        f.add("head=" + typeName(head));
      }
      if (data.isStopword(word)) {
        f.add("stopword");
      }
      if (data.isMonth(word)) {
        f.add("month");
      }
      if (data.isDemonym(word)) {
        f.add("demonym");
      }
      if (data.isLegalForm(word)) {
        f.add("legal-form");
      }
    }

    private static String typeName(EntityType type) {
      return type == null ? "other" : type.name().substring(0, 3);
    }
  }
}
