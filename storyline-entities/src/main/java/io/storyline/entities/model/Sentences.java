package io.storyline.entities.model;

import io.storyline.entities.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence split the name models are trained and run with: a sentence starts at a word the
 * {@link io.storyline.entities.text.Tokenizer} marks as opening a sentence or a line, and is cut after
 * {@value #MAX_TOKENS} tokens so a text without punctuation stays cheap.
 */
final class Sentences {
  static final int MAX_TOKENS = 150;

  private Sentences() {}

  /** Token ranges {@code [from, to)} covering all of {@code tokens}. */
  static List<int[]> split(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.word() && t.sentenceStart() || k - from >= MAX_TOKENS) {
        out.add(new int[] {from, k});
        from = k;
      }
    }
    if (from < tokens.size()) {
      out.add(new int[] {from, tokens.size()});
    }
    return out;
  }
}
