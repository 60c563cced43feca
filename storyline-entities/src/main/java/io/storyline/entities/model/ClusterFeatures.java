package io.storyline.entities.model;

import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature generator factory (named in {@code ner-features-clusters.xml}, parameter {@code language}) for the word
 * clusters ({@link WordClusters}) of a word and its neighbours: the word's fine and coarse cluster, the fine
 * cluster with its capitalisation, and the fine clusters of the words before and after it. Words of one cluster
 * share their contexts in unlabelled news text, so a name the training data never showed still looks like the
 * names it did.
 */
public final class ClusterFeatures extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return generator(getStr("language"));
  }

  /** The generator for {@code language} (ISO 639-1). */
  static AdaptiveFeatureGenerator generator(String language) {
    return new Generator(WordClusters.forLanguage(language));
  }

  private static final class Generator implements AdaptiveFeatureGenerator {
    private final WordClusters clusters;
    private String[] cachedFor;
    private WordClusters.Cluster[] cached;

    Generator(WordClusters clusters) {
      this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != cachedFor) {
        cached = new WordClusters.Cluster[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          cached[i] = clusters.of(tokens[i]);
        }
        cachedFor = tokens;
      }
      WordClusters.Cluster c = cached[index];
      if (c == null) {
        features.add("wc=?");
      } else {
        features.add("wc=" + c.fine());
        features.add("wcc=" + c.coarse());
        features.add("wc,up=" + c.fine() + (Character.isUpperCase(tokens[index].codePointAt(0)) ? "X" : "x"));
      }
      features.add("wc-1=" + fine(index - 1));
      features.add("wc+1=" + fine(index + 1));
    }

    private String fine(int i) {
      if (i < 0 || i >= cached.length) {
        return "^$";
      }
      WordClusters.Cluster c = cached[i];
      return c == null ? "?" : String.valueOf(c.fine());
    }
  }
}
