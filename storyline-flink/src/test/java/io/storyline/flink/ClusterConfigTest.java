package io.storyline.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterConfigTest {
  @TempDir Path dir;

  @Test
  void theExampleConfigurationOfTheDeployDirectoryIsValid() {
    Path example = Path.of(System.getProperty("storyline.repo", "..")).resolve("deploy/cluster.properties");
    ClusterConfig config = ClusterConfig.read(example);
    assertThat(config.kafka()).isEqualTo("localhost:9092");
    assertThat(config.flink()).isEqualTo("localhost:8081");
    assertThat(config.local()).isFalse();
    assertThat(config.store()).isEqualTo("opensearch://opensearch:9200");
  }

  @Test
  void onlyTheKafkaAddressIsRequiredAndTheRestHasDefaults() throws Exception {
    Path file = Files.writeString(dir.resolve("c.properties"), "kafka.bootstrap.servers = k1:9092,k2:9092\n");
    ClusterConfig config = ClusterConfig.read(file);
    assertThat(config.kafka()).isEqualTo("k1:9092,k2:9092");
    assertThat(config.topic()).isEqualTo("storyline-articles");
    assertThat(config.local()).isTrue();
    assertThat(config.parallelism()).isEqualTo(2);
    assertThat(config.checkpoints()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.store()).as("no cluster store unless one is given").isNull();
  }

  @Test
  void everyUnknownKeyAndBadValueIsNamedWithTheValidChoices() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.properties"), """
        kafka.bootstrap.servers=localhost
        paralelism=4
        checkpoint.interval=0s
        langid.accuracy=medium
        opensearch.address=http://localhost:9200
        """);
    assertThatThrownBy(() -> ClusterConfig.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("bad value 'localhost' for 'kafka.bootstrap.servers': expected host:port")
        .hasMessageContaining("unknown key 'paralelism' (valid keys: ")
        .hasMessageContaining("bad value '0s' for 'checkpoint.interval'")
        .hasMessageContaining("bad value 'medium' for 'langid.accuracy': expected low or high")
        .hasMessageContaining("bad value 'http://localhost:9200' for 'opensearch.address': expected opensearch://host:port");
  }

  @Test
  void aMissingKafkaAddressIsNamed() {
    assertThatThrownBy(() -> ClusterConfig.of(Map.of(), "test.properties"))
        .hasMessageContaining("missing key 'kafka.bootstrap.servers'");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> ClusterConfig.read(dir.resolve("none.properties")))
        .hasMessageContaining("cannot read the cluster configuration " + dir.resolve("none.properties"));
  }
}
