package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lemma.NameLemmatizer;
import io.storyline.entities.lemma.NameLemmatizer.WordFacts;
import io.storyline.entities.model.StatisticalNames;
import io.storyline.entities.text.Homoglyphs;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Pass {@code model}: combines the rule mentions with a statistical name model's names, for the languages the model
 * supports (the English, German, Hungarian and Dutch OpenNLP models by default); without a model, or in a text
 * without capitals, it changes nothing. This is where a learned sequence model joins the chain: the model sees the
 * rule mentions as evidence ({@link StatisticalNames#find(List, String, List)}).
 *
 * <p>Where the model leads ({@link StatisticalNames#leads}: German, Hungarian), the model decides: rule mentions backed
 * by a lexicon (gazetteer, acronym, place cue) stay, the model's names fill the rest, rule mentions the dictionary
 * knows as proper nouns fill what is still free, and the other rule mentions go. Elsewhere the rules decide: the
 * model's names are added where the rules found nothing, and a name the rules typed only by default (stage
 * {@code capitalised}) takes the model's type when the model found exactly that span (stage
 * {@code capitalised+model:...}).
 */
final class ModelNames implements MentionPass {
  private final StatisticalNames model;
  private final BaseForms baseForms;
  private final Readings readings;
  private final NameLemmatizer lemmatizer;

  /** {@code model} may be null: the pass then changes nothing. */
  ModelNames(StatisticalNames model, BaseForms baseForms, Readings readings, NameLemmatizer lemmatizer) {
    this.model = model;
    this.baseForms = baseForms;
    this.readings = readings;
    this.lemmatizer = lemmatizer;
  }

  @Override
  public String name() {
    return "model";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    return model == null || doc.caseless || !model.supports(doc.language) ? draft
        : draft.withMentions(combineWithModel(doc, draft.mentions()));
  }

  /** The rule mentions combined with the model's names, as the class describes. */
  private List<Mention> combineWithModel(Document doc, List<Mention> rules) {
    List<StatisticalNames.Name> names = model.find(doc.tokens, doc.language, rules);
    String stage = model.stage(doc.language);
    boolean modelFirst = model.leads(doc.language);
    List<Mention> out = new ArrayList<>();
    List<Mention> gapFillers = new ArrayList<>();
    for (Mention r : rules) {
      if (modelFirst && !isLexical(r.stage())) {
        Mention backed = properNouns(doc, r);
        if (backed != null) {
          gapFillers.add(backed);
        }
        continue;
      }
      if (!modelFirst && r.stage().equals("capitalised")) {
        for (StatisticalNames.Name n : names) {
          if (n.start() == r.start() && n.end() == r.end() && n.type() != r.type()) {
            r = modelMention(doc, n, r.stage() + "+" + stage);
          }
        }
      }
      out.add(r);
    }
    int rulesKept = out.size();
    for (StatisticalNames.Name found : names) {
      StatisticalNames.Name n = withoutLeadingStopword(doc, found);
      if (n != null && isFree(out, rulesKept, n.start(), n.end())) {
        out.add(modelMention(doc, n, stage));
      }
    }
    for (Mention g : gapFillers) {
      if (isFree(out, out.size(), g.start(), g.end())) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return surnamesOfNamedPeople(out);
  }

  /**
   * Mentions of one word that the model typed otherwise but that end the full name of a person the text names
   * ("Kutschera" after "Werner Kutschera"): that person.
   */
  private static List<Mention> surnamesOfNamedPeople(List<Mention> mentions) {
    Map<String, String> personBySurname = SurnamesAlone.surnames(mentions, 0);
    if (personBySurname.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String person = m.stage().contains("model:") && m.type() != EntityType.PERSON && m.surface().indexOf(' ') < 0
          ? personBySurname.get(Homoglyphs.fold(m.surface())) : null;
      out.add(person == null || person.isEmpty() ? m : m.withType(EntityType.PERSON).withKey(person));
    }
    return out;
  }

  /**
   * A model name without a stop word it starts with ("Diese Kolumne" -> "Kolumne"), or null when what is left is a
   * dictionary common word alone or nothing.
   */
  private StatisticalNames.Name withoutLeadingStopword(Document doc, StatisticalNames.Name n) {
    int k = Token.firstFrom(doc.tokens, n.start());
    if (k >= doc.tokens.size() || !doc.data.isStopword(doc.tokens.get(k).norm())) {
      return n;
    }
    int next = k + 1;
    if (next >= doc.tokens.size() || doc.tokens.get(next).start() >= n.end()) {
      return null;
    }
    Token rest = doc.tokens.get(next);
    if (rest.end() == n.end() && readings.isDictionaryCommon(doc, rest)) {
      return null;
    }
    return new StatisticalNames.Name(rest.start(), n.end(), n.type(), n.probability());
  }

  /** True when none of the first {@code n} mentions overlaps {@code [start, end)}. */
  private static boolean isFree(List<Mention> mentions, int n, int start, int end) {
    for (int i = 0; i < n; i++) {
      if (mentions.get(i).start() < end && start < mentions.get(i).end()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where every noun is capitalised, a rule mention the dictionary backs: all its words are proper nouns there, or
   * unknown with at least one proper noun; typed by the dictionary (a first name or surname makes a person, a city,
   * region or country a place). Null when a word is only a common word, or the dictionary knows none of them.
   */
  private Mention properNouns(Document doc, Mention r) {
    int proper = 0;
    boolean person = false;
    boolean place = false;
    for (int k = Token.firstFrom(doc.tokens, r.start()); k < doc.tokens.size(); k++) {
      Token t = doc.tokens.get(k);
      if (t.end() > r.end()) {
        break;
      }
      if (!t.word()) {
        continue;
      }
      WordFacts f = lemmatizer.facts(t.text(), doc.language);
      if (f.properLemmas().isEmpty()) {
        if (f.known()) {
          return null;
        }
        continue;
      }
      proper++;
      person |= f.person();
      place |= f.place();
    }
    if (proper == 0) {
      return null;
    }
    EntityType type = person && !place ? EntityType.PERSON : place && !person ? EntityType.LOCATION : r.type();
    return new Mention(r.start(), r.end(), r.surface(), r.lemma(), type, NameKey.of(r.lemma(), type, doc.language),
        r.entityId(), "dictionary");
  }

  /** Whether a rule stage rests on a lexicon rather than on capitalisation alone. */
  private static boolean isLexical(String stage) {
    return stage.startsWith("gazetteer:") || stage.equals("acronym") || stage.equals("place-cue");
  }

  private Mention modelMention(Document doc, StatisticalNames.Name n, String stage) {
    String surface = doc.text.substring(n.start(), n.end());
    String lemma = baseForms.lemmaInDocument(doc, List.of(surface.split("\\s+")), n.type());
    return new Mention(n.start(), n.end(), surface, lemma, n.type(), NameKey.of(lemma, n.type(), doc.language), null,
        stage);
  }
}
