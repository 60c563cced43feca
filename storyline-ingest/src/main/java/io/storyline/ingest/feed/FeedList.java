package io.storyline.ingest.feed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The followed feeds and their state, kept in {@code DATA/sources/feeds.json}. Every change is
 * written to a new file, forced to disk and renamed over the old one, so a kill leaves either the
 * old list or the new one.
 */
public final class FeedList {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(Instant.class, new JsonSerializer<>() {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
          gen.writeString(value.toString());
        }
      }).addDeserializer(Instant.class, new JsonDeserializer<>() {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          return Instant.parse(p.getValueAsString());
        }
      }))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Map<String, FeedState> feeds = new LinkedHashMap<>();

  private FeedList(Path file) {
    this.file = file;
  }

  /** The list kept under the data directory; empty when there is none yet. */
  public static FeedList open(Path data) throws IOException {
    FeedList list = new FeedList(data.resolve("sources").resolve("feeds.json"));
    if (Files.exists(list.file)) {
      FeedState[] states;
      try {
        states = JSON.readValue(list.file.toFile(), FeedState[].class);
      } catch (IOException e) {
        throw new IOException("the feed list " + list.file + " cannot be read (" + e.getMessage()
            + "); fix or remove it and add the feeds again", e);
      }
      for (FeedState state : states) {
        list.feeds.put(state.url(), state);
      }
    }
    return list;
  }

  public synchronized Collection<FeedState> all() {
    return List.copyOf(feeds.values());
  }

  public synchronized Optional<FeedState> get(String url) {
    return Optional.ofNullable(feeds.get(url));
  }

  /** Adds a feed, due at once; false when it is followed already. */
  public synchronized boolean add(String url, Instant now) throws IOException {
    if (feeds.containsKey(url)) {
      return false;
    }
    feeds.put(url, FeedState.added(url, now));
    save();
    return true;
  }

  public synchronized boolean remove(String url) throws IOException {
    boolean removed = feeds.remove(url) != null;
    if (removed) {
      save();
    }
    return removed;
  }

  /** Replaces a feed's state (after a poll, a pause); ignored when the feed was removed meanwhile. */
  public synchronized void update(FeedState state) throws IOException {
    if (feeds.containsKey(state.url())) {
      feeds.put(state.url(), state);
      save();
    }
  }

  /** Feeds not paused whose next poll is due at {@code now}, the most overdue first. */
  public synchronized List<FeedState> due(Instant now) {
    List<FeedState> due = new ArrayList<>();
    for (FeedState state : feeds.values()) {
      if (!state.paused() && !state.nextPoll().isAfter(now)) {
        due.add(state);
      }
    }
    due.sort(java.util.Comparator.comparing(FeedState::nextPoll));
    return due;
  }

  /** When the next feed is due, or empty when none is followed or all are paused. */
  public synchronized Optional<Instant> nextDue() {
    return feeds.values().stream().filter(s -> !s.paused()).map(FeedState::nextPoll).min(Instant::compareTo);
  }

  private void save() throws IOException {
    Files.createDirectories(file.getParent());
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.write(next, JSON.writeValueAsBytes(feeds.values()));
    try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
