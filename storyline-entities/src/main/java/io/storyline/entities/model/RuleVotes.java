package io.storyline.entities.model;

import io.storyline.entities.Mention;
import io.storyline.entities.MentionRecognizer;
import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;

/**
 * The rule recogniser's mentions as features of the name model: each token inside a rule mention gets the mention's
 * type with its position ({@code PER-B}, {@code ORG-I}) and the kind of rule that found it ({@code stage=gazetteer},
 * {@code stage=capitalised}), passed to OpenNLP as additional context (which it looks at in a window of eight tokens
 * either side). The model thus learns when each rule is right instead of the rules deciding. Models trained with
 * votes are tied to the rule code that voted: retrain them ({@code storyline train-names}) when the rules change.
 */
final class RuleVotes {
  private RuleVotes() {}

  /** The votes of {@code rules} for the tokens {@code [from, to)}: one array of features per token. */
  static String[][] of(List<Token> tokens, int from, int to, List<Mention> rules) {
    String[][] votes = new String[to - from][];
    int m = 0;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      while (m < rules.size() && rules.get(m).end() <= t.start()) {
        m++;
      }
      Mention r = m < rules.size() && rules.get(m).start() <= t.start() && t.end() <= rules.get(m).end()
          ? rules.get(m) : null;
      votes[k - from] = r == null ? new String[0] : new String[] {
          "rule=" + r.type().name().substring(0, 3) + (r.start() == t.start() ? "-B" : "-I"),
          "stage=" + stageKind(r.stage())};
    }
    return votes;
  }

  /** The kind of rule: a stage without its details ({@code gazetteer:cldr} gives {@code gazetteer}). */
  static String stageKind(String stage) {
    int end = stage.length();
    for (char c : new char[] {':', '+'}) {
      int i = stage.indexOf(c);
      if (i > 0 && i < end) {
        end = i;
      }
    }
    return stage.substring(0, end);
  }

  /**
   * The training sentences with the votes of {@code rules} on them. Sentences are joined into documents as at run
   * time (a new document where the sample clears the model's memory, else every 30 sentences: one line per
   * sentence) and the rules run over each document's text.
   */
  static List<NameSample> addTo(List<NameSample> samples, String language, MentionRecognizer rules) {
    List<NameSample> out = new ArrayList<>(samples.size());
    int from = 0;
    while (from < samples.size()) {
      int to = from + 1;
      while (to < samples.size() && !samples.get(to).isClearAdaptiveDataSet()
          && to - from < EuropeanaReader.SENTENCES_PER_DOCUMENT) {
        to++;
      }
      addDocument(samples.subList(from, to), language, rules, out);
      from = to;
    }
    return out;
  }

  private static void addDocument(List<NameSample> document, String language, MentionRecognizer rules,
      List<NameSample> out) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (NameSample s : document) {
      for (String word : s.getSentence()) {
        if (!tokens.isEmpty() && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        tokens.add(new Token(start, text.length(), word, word, true, false, true));
      }
      text.append('\n');
    }
    List<Mention> mentions = rules.recognise(text.toString(), language);
    int from = 0;
    for (NameSample s : document) {
      int to = from + s.getSentence().length;
      out.add(new NameSample(s.getId(), s.getSentence(), s.getNames(), of(tokens, from, to, mentions),
          s.isClearAdaptiveDataSet()));
      from = to;
    }
  }
}
