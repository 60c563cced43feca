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
  private final Path lockFile;

  private FeedList(Path file) {
    this.file = file;
    this.lockFile = file.resolveSibling("feeds.lock");
  }

  /**
   * The list kept under the data directory; empty when there is none yet. Every call reads the file
   * again under a file lock, so {@code storyline sources add} works while a watch runs.
   */
  public static FeedList open(Path data) throws IOException {
    FeedList list = new FeedList(data.resolve("sources").resolve("feeds.json"));
    Files.createDirectories(list.file.getParent());
    list.locked(feeds -> null); // fails now, with the file named, when it cannot be read
    return list;
  }

  public Collection<FeedState> all() throws IOException {
    return locked(feeds -> List.copyOf(feeds.values()));
  }

  public Optional<FeedState> get(String url) throws IOException {
    return locked(feeds -> Optional.ofNullable(feeds.get(url)));
  }

  /** Adds a feed, due at once; false when it is followed already. */
  public boolean add(String url, Instant now) throws IOException {
    return change(feeds -> feeds.putIfAbsent(url, FeedState.added(url, now)) == null);
  }

  public boolean remove(String url) throws IOException {
    return change(feeds -> feeds.remove(url) != null);
  }

  /** Pauses or resumes a feed; false when it is not followed. */
  public boolean pause(String url, boolean paused) throws IOException {
    return change(feeds -> feeds.computeIfPresent(url, (k, state) -> state.paused(paused)) != null);
  }

  /** Replaces a feed's state after a poll, keeping a pause made meanwhile; ignored when the feed was removed. */
  public void update(FeedState state) throws IOException {
    change(feeds -> feeds.computeIfPresent(state.url(), (k, now) -> state.paused(now.paused())) != null);
  }

  /** Feeds not paused whose next poll is due at {@code now}, the most overdue first. */
  public List<FeedState> due(Instant now) throws IOException {
    return locked(feeds -> feeds.values().stream().filter(s -> !s.paused() && !s.nextPoll().isAfter(now))
        .sorted(java.util.Comparator.comparing(FeedState::nextPoll)).toList());
  }

  /** When the next feed is due, or empty when none is followed or all are paused. */
  public Optional<Instant> nextDue() throws IOException {
    return locked(feeds -> feeds.values().stream().filter(s -> !s.paused()).map(FeedState::nextPoll).min(Instant::compareTo));
  }

  private interface Action<T> {
    T apply(Map<String, FeedState> feeds) throws IOException;
  }

  /** Applies a change to the list on disk; writes it back when the change says it changed something. */
  private boolean change(Action<Boolean> action) throws IOException {
    return locked(feeds -> {
      boolean changed = action.apply(feeds);
      if (changed) {
        save(feeds);
      }
      return changed;
    });
  }

  private synchronized <T> T locked(Action<T> action) throws IOException {
    try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         var held = lock.lock()) {
      return action.apply(load());
    }
  }

  private Map<String, FeedState> load() throws IOException {
    Map<String, FeedState> feeds = new LinkedHashMap<>();
    if (Files.exists(file)) {
      FeedState[] states;
      try {
        states = JSON.readValue(file.toFile(), FeedState[].class);
      } catch (IOException e) {
        throw new IOException("the feed list " + file + " cannot be read (" + e.getMessage()
            + "); fix or remove it and add the feeds again", e);
      }
      for (FeedState state : states) {
        feeds.put(state.url(), state);
      }
    }
    return feeds;
  }

  private void save(Map<String, FeedState> feeds) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.write(next, JSON.writeValueAsBytes(new ArrayList<>(feeds.values())));
    try (FileChannel channel = FileChannel.open(next, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
