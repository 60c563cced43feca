package io.storyline.entities;

import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.lexicon.KnownName;
import io.storyline.entities.model.StatisticalNames;
import io.storyline.entities.recognition.PassChain;
import java.util.Collection;
import java.util.List;

/**
 * Finds person, organisation, place (and some event) names in Latin- and Cyrillic-script text with what ships in
 * the product: CLDR gazetteers, an acronym table, per-language trigger and head-word lists, capitalised-span
 * candidates with sentence-start handling, Morfologik dictionaries and suffix rules for base forms, and names the
 * registry confirmed. In scripts without capitals (Arabic, Chinese...) only known names are found. The work is done
 * by a chain of named passes ({@link PassChain}: candidates, known names, typing, merging, base forms, resolution,
 * model, titles), each mention keeping the rule or model that found it ({@link Mention#stage()}). Immutable and
 * thread-safe; build it once. Cost is linear in the text length.
 *
 * <pre>{@code
 * MentionRecognizer r = new MentionRecognizer();
 * List<Mention> ms = r.recognise("Sekretarz generalny NATO Mark Rutte przebywał w Japonii.", "pl");
 * }</pre>
 */
public final class MentionRecognizer {
  private final Gazetteer gazetteer;
  private final NameLemmatizer lemmatizer;
  private final StatisticalNames model;
  private final PassChain chain;

  /**
   * Uses the shared CLDR gazetteer ({@link Gazetteer#cldr()}) and loads the dictionaries (a few seconds; do it
   * once); English, German, Hungarian and Dutch text also go through the shipped name models
   * ({@link StatisticalNames#byDefault()}).
   */
  public MentionRecognizer() {
    this(Gazetteer.cldr(), new NameLemmatizer(), StatisticalNames.byDefault());
  }

  /** Rules only. */
  public MentionRecognizer(Gazetteer gazetteer, NameLemmatizer lemmatizer) {
    this(gazetteer, lemmatizer, null);
  }

  /** Rules combined with a statistical name model ({@code model} may be null: rules only). */
  public MentionRecognizer(Gazetteer gazetteer, NameLemmatizer lemmatizer, StatisticalNames model) {
    this.gazetteer = gazetteer;
    this.lemmatizer = lemmatizer;
    this.model = model;
    this.chain = PassChain.standard(gazetteer, lemmatizer, model);
  }

  /** A recogniser that also knows {@code names} (registry feedback); this one is unchanged. */
  public MentionRecognizer withLearned(Collection<KnownName> names) {
    return new MentionRecognizer(gazetteer.plus(names), lemmatizer, model);
  }

  /**
   * A recogniser that combines the rules with {@code names} (e.g. {@link StatisticalNames#shipped()}) for the
   * languages it has a model for; null gives rules only. This one is unchanged.
   */
  public MentionRecognizer withModel(StatisticalNames names) {
    return new MentionRecognizer(gazetteer, lemmatizer, names);
  }

  /** The statistical name model, or null for rules only. */
  public StatisticalNames model() {
    return model;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public NameLemmatizer lemmatizer() {
    return lemmatizer;
  }

  /** The names in {@code text} written in {@code language} (ISO 639-1), in text order, without overlaps. */
  public List<Mention> recognise(String text, String language) {
    return chain.recognise(text, language);
  }
}
