package io.storyline.flink;

import io.storyline.app.Workspace;
import io.storyline.entities.lexicon.Gazetteer;
import io.storyline.entities.registry.Entity;
import io.storyline.store.ArticleJson;
import io.storyline.app.Storage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a data directory holds, for comparing two of them: every article as stored (annotations, entity ids, event,
 * storyline), the entity registry (without the times of first and last sight), the events and the storylines.
 */
record StoreSnapshot(Map<String, String> articles, List<String> entities, List<String> events, List<String> storylines) {
  static StoreSnapshot of(Path data) {
    try (Workspace w = Workspace.read(data, Gazetteer.cldr()::canonical)) {
      ArticleJson json = Storage.codec();
      Map<String, String> articles = new TreeMap<>();
      w.articles().forEach(a -> articles.put(a.id(), json.write(a)));
      List<String> entities = w.entities().entities().stream()
          .map(StoreSnapshot::entity).sorted().toList();
      List<String> events = w.chronicle().events().stream().map(Object::toString).sorted().toList();
      List<String> storylines = w.chronicle().storylines().stream().map(Object::toString).sorted().toList();
      return new StoreSnapshot(articles, entities, events, storylines);
    }
  }

  private static String entity(Entity e) {
    return String.join("|", e.id(), e.type().toString(), e.name(), e.variants().toString(),
        new java.util.TreeSet<>(e.keys()).toString(), new java.util.TreeSet<>(e.articles()).toString());
  }

  static long articleCount(Path data) {
    try (Workspace w = Workspace.read(data, key -> key)) {
      return w.articles().count();
    }
  }
}
