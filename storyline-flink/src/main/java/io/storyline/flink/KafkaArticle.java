package io.storyline.flink;

/**
 * One article record read from the topic: a JSON Lines record as {@code storyline ingest} reads it, where it came
 * from ({@code path}, line {@code line}, decoded from {@code charset}: what the publisher recorded), and where it
 * sits in the topic ({@code partition}, {@code offset}), which orders the writer.
 */
public record KafkaArticle(String json, String path, long line, String charset, int partition, long offset) {}
