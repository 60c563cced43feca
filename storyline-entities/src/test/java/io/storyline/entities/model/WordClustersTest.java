package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static final List<String> CITIES = List.of("paris", "london", "berlin", "rome", "madrid", "vienna");
  private static final List<String> PEOPLE = List.of("smith", "jones", "brown", "taylor", "wilson", "evans");
  private static final List<String> DAYS = List.of("monday", "tuesday", "friday", "sunday");
  private static final WordClusterInducer.Settings SMALL = new WordClusterInducer.Settings(3, 2, 3, 1000, 100, 20, 7L);

  /** Sentences where cities follow "flew to", people follow "said mr" and days follow "on last". */
  private static List<String[]> text() {
    Random random = new Random(1);
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      String city = CITIES.get(random.nextInt(CITIES.size()));
      String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
      String day = DAYS.get(random.nextInt(DAYS.size()));
      out.add(("she flew to " + city + " and back , said mr " + person + " on last " + day + " .")
          .toLowerCase(Locale.ROOT).split(" "));
    }
    return out;
  }

  @Test
  void wordsSharingTheirNeighboursShareACluster() {
    WordClusters clusters = WordClusterInducer.induce(text(), SMALL);
    int city = clusters.of("Paris").fine();
    int person = clusters.of("smith").fine();
    assertThat(CITIES).allSatisfy(w -> assertThat(clusters.of(w).fine()).isEqualTo(city));
    assertThat(PEOPLE).allSatisfy(w -> assertThat(clusters.of(w).fine()).isEqualTo(person));
    assertThat(person).isNotEqualTo(city);
    assertThat(clusters.of("Gdańsk")).isNull();
  }

  @Test
  void theSameTextGivesTheSameClusterFileAndTheFileReadsBack() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    WordClusterInducer.induce(text(), SMALL).write(first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    WordClusterInducer.induce(text(), SMALL).write(second);
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    WordClusters read = WordClusters.read(new ByteArrayInputStream(first.toByteArray()));
    assertThat(read.of("london")).isEqualTo(WordClusterInducer.induce(text(), SMALL).of("london"));
  }

  @Test
  void tooLittleTextIsRefusedWithTheCountItHad() {
    List<String[]> tiny = List.<String[]>of("one two three".split(" "));
    assertThatThrownBy(() -> WordClusterInducer.induce(tiny, SMALL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only 0 words seen 3 times");
  }

  @Test
  void aWordAndItsNeighboursGetTheirClustersAsFeatures() {
    WordClusters clusters = WordClusterInducer.induce(text(), SMALL);
    WordClusters.use("xx", clusters);
    List<String> features = new ArrayList<>();
    ClusterFeatures.generator("xx").createFeatures(features, new String[] {"to", "Berlin", "Zzyzx"}, 1, new String[0]);
    int berlin = clusters.of("berlin").fine();
    assertThat(features).contains("wc=" + berlin, "wcc=" + clusters.of("berlin").coarse(), "wc,up=" + berlin + "X",
        "wc-1=" + clusters.of("to").fine(), "wc+1=?");
  }
}
