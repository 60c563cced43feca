package io.storyline.entities.recognition;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import io.storyline.entities.key.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass {@code resolution}: turns the candidates into mentions with what the whole document shows. A name without a
 * type takes the type of another mention with its key; a surname alone ("Трампа" after "Дональд Трамп", "Дейвис"
 * after "Дейвид Дейвис", though also a city) links to the one full name it ends; a sentence-initial word no other
 * mention confirms goes; a town opening a row of sports results names its team; a bare unknown word in a text that
 * names several people in full is no person; a person's name takes in its initials and regnal number; of
 * overlapping candidates the first wins.
 */
final class DocumentResolution implements MentionPass {
  /**
   * Words of people's full names a text must hold before a bare unknown capitalised word that matches none of them
   * is no longer guessed to be a person (four: about two full names; measured in docs/quality-entities.md).
   */
  private static final int NAMED_IN_FULL = 4;

  /** Where names of towns and states come from; a country in a results row stays the country (its team's name). */
  private static final Set<String> TOWN_SOURCES = Set.of("gazetteer:cldr-city", "gazetteer:geonames",
      "gazetteer:iso-subdivision");

  @Override
  public String name() {
    return "resolution";
  }

  @Override
  public Draft apply(Document doc, Draft draft) {
    List<Candidate> typed = draft.candidates();
    Map<String, EntityType> typeByKey = new HashMap<>();
    Map<String, Set<String>> fullNamesByToken = new HashMap<>();
    Set<String> confirmedKeys = new HashSet<>();
    for (Candidate c : typed) {
      if (c.type() != null) {
        typeByKey.putIfAbsent(c.key(), c.type());
      }
      if (!c.needsEvidence()) {
        confirmedKeys.add(c.key());
      }
      if (c.type() == EntityType.PERSON && c.key().indexOf(' ') > 0) {
        for (String part : c.key().split(" ")) {
          fullNamesByToken.computeIfAbsent(part, p -> new HashSet<>()).add(c.key());
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : typed) {
      if (c.from() < lastEnd) {
        continue;
      }
      String key = c.key();
      EntityType type = c.type() != null ? c.type() : typeByKey.get(key);
      Set<String> full = fullNamesByToken.get(key);
      if (c.stage().equals("gazetteer:geonames") && key.startsWith(NameKey.CODE_PREFIX)) {
        Set<String> person = fullNamesByToken.get(NameKey.of(c.lemma(), EntityType.PERSON, doc.language));
        if (person != null && person.size() == 1) {
          // "Дейвис" after "Дейвид Дейвис": the surname of the person the document names, not the city
          key = person.iterator().next();
          type = EntityType.PERSON;
        }
      }
      boolean weaklyTyped = type == null || type == EntityType.PERSON || c.stage().equals("capitalised-noun")
          || c.stage().equals("dictionary"); // "Stoltenberg" after "Jens Stoltenberg", though also a place name
      if (key.indexOf(' ') < 0 && full != null && full.size() == 1 && weaklyTyped) {
        // "Трампа" after "Дональд Трамп": a common noun too ("трамп"), but here the surname of the person named
        key = full.iterator().next();
        type = EntityType.PERSON;
      }
      if (c.needsEvidence() && !confirmedKeys.contains(c.key()) && key.equals(c.key())) {
        continue;
      }
      if (type == null) {
        type = EntityType.PERSON;
      }
      String stage = c.stage();
      if (type == EntityType.LOCATION && TOWN_SOURCES.contains(stage)
          && ResultsRows.isTeamInResultsRow(doc.text, c.from(), c.to())) {
        // "CHICAGO 4 Florida 3", "NEW YORK 75 58 .564": in a row of results a town or state names its team
        type = EntityType.ORGANIZATION;
        key = NameKey.of(c.lemma(), type, doc.language);
        stage = "team";
      }
      if (type == EntityType.PERSON && c.stage().equals("capitalised") && key.indexOf(' ') < 0 && full == null
          && fullNamesByToken.size() >= NAMED_IN_FULL) {
        // a text that names people in full ("Donald Trump", "Theresa May") and writes a bare unknown word that is
        // none of them: "Brexit", "Twitter", "Ryanair" rather than a person; its type is left to the registry
        type = EntityType.MISC;
      }
      int from = c.from();
      int to = c.to();
      String lemma = c.lemma();
      if (type == EntityType.PERSON) {
        // "Т.Мэй", "J. Lundgren", "Елизавета II": a person's initials and regnal number belong to the name
        from = Math.max(lastEnd, PersonNameEdges.initialsBefore(doc.text, from));
        to = PersonNameEdges.regnalNumberAfter(doc.text, to);
        if (from < c.from() || to > c.to()) {
          lemma = doc.text.substring(from, c.from()) + lemma + doc.text.substring(c.to(), to);
        }
      }
      out.add(new Mention(from, to, doc.text.substring(from, to), lemma, type, key, null, stage));
      lastEnd = to;
    }
    return draft.withFindings(List.of()).withMentions(out);
  }
}
