package io.storyline.ingest.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Edits a syndicated copy receives: another headline, a credit line, a cut sentence, a few words changed. */
final class Edits {

  private Edits() {
  }

  /**
   * A copy of the text as another site would run it, edited by a seeded random generator.
   *
   * @param wordChanges the share of words replaced (0.02 is a light edit, 0.1 a heavy one)
   */
  static String syndicatedCopy(String text, Random random, double wordChanges) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
    if (sentences.size() > 4) {
      sentences.remove(1 + random.nextInt(sentences.size() - 2)); // one sentence cut
    }
    String[] words = String.join(" ", sentences).split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < wordChanges) {
        words[i] = random.nextBoolean() ? words[i].toUpperCase() + "x" : "said";
      }
    }
    return "Breaking: an agency report\n\n" + String.join(" ", words) + "\n\n(c) Agency, all rights reserved. Share this story.";
  }
}
