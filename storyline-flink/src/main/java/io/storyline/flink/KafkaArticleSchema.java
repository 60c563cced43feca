package io.storyline.flink;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a topic record written by {@link Publisher}: the JSON line as value, its origin in headers. */
final class KafkaArticleSchema implements KafkaRecordDeserializationSchema<KafkaArticle> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaArticle> out) {
    String json = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    String path = header(record, Publisher.PATH, "kafka:" + record.topic() + "/" + record.partition());
    long line = Long.parseLong(header(record, Publisher.LINE, Long.toString(record.offset() + 1)));
    String charset = header(record, Publisher.CHARSET, "UTF-8");
    out.collect(new KafkaArticle(json, path, line, charset, record.partition(), record.offset()));
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String key, String otherwise) {
    Header h = record.headers().lastHeader(key);
    return h == null ? otherwise : new String(h.value(), StandardCharsets.UTF_8);
  }

  @Override
  public TypeInformation<KafkaArticle> getProducedType() {
    return TypeInformation.of(KafkaArticle.class);
  }
}
