package io.storyline.entities.model;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature generator factory (named in {@code ner-features.xml}) for the form of a word and its neighbours: the word
 * shape ({@code Xx}, {@code X.X.}, {@code dd}), its length, whether it opens the sentence, and whether the sentence
 * holds no lower-case word (headlines, datelines, result tables). These carry across languages and domains.
 */
public final class ShapeFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() {
    return generator();
  }

  static AdaptiveFeatureGenerator generator() {
    return new Generator();
  }

  /** The shape of {@code word}: upper-case letters X, lower-case x, digits d, other characters kept; runs collapsed. */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 6; i++) {
      char c = word.charAt(i);
      char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (s != last) {
        sb.append(s);
        last = s;
      }
    }
    return sb.toString();
  }

  private static final class Generator implements AdaptiveFeatureGenerator {
    private String[] cachedFor;
    private boolean shouted;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != cachedFor) {
        cachedFor = tokens;
        shouted = !hasLowerCaseWord(tokens);
      }
      String word = tokens[index];
      String shape = shape(word);
      features.add("sh=" + shape);
      features.add("sh-1=" + (index > 0 ? shape(tokens[index - 1]) : "^"));
      features.add("sh+1=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "$"));
      features.add("len=" + Math.min(word.length(), 8));
      if (index == 0) {
        features.add("first,sh=" + shape);
      }
      if (shouted) {
        features.add("shouted");
        features.add("shouted,w=" + word.toLowerCase(java.util.Locale.ROOT));
      }
    }

    private static boolean hasLowerCaseWord(String[] tokens) {
      for (String t : tokens) {
        if (t.length() > 1 && Character.isLowerCase(t.charAt(0)) && Character.isLowerCase(t.charAt(t.length() - 1))) {
          return true;
        }
      }
      return false;
    }
  }
}
