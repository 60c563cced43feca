package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.entities.EntityType;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.Variant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "List the entity registry: people, organisations and places across languages, most articles first.")
final class EntitiesCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: ${COMPLETION-CANDIDATES}.")
  EntityType type;

  @Option(names = "--lang", paramLabel = "CODE", description = "Only entities seen in this language (ISO 639-1).")
  String lang;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      List<Entity> all = workspace.entities().entities().stream()
          .filter(e -> type == null || e.type() == type)
          .filter(e -> lang == null || e.variants().stream().anyMatch(v -> v.language().equals(lang)))
          .toList();
      out.printf("%-22s  %-12s  %8s  %-28s  %s%n", "ID", "TYPE", "ARTICLES", "NAME", "VARIANTS");
      for (Entity e : all.stream().limit(limit).toList()) {
        out.printf("%-22s  %-12s  %8d  %-28s  %s%n", e.id(), e.type().name().toLowerCase(Locale.ROOT), e.articles().size(),
            Text.clip(e.name(), 28), Text.clip(variants(e.variants()), 90));
      }
      out.printf("%,d of %,d entities%n", Math.min(limit, all.size()), all.size());
      return 0;
    }
  }

  /** "Столтенберг uk, Stoltenberg hu nl": distinct forms with their languages, most frequent first. */
  static String variants(List<Variant> variants) {
    return variants.stream().collect(Collectors.groupingBy(Variant::lemma, java.util.LinkedHashMap::new,
            Collectors.mapping(Variant::language, Collectors.toCollection(java.util.TreeSet::new))))
        .entrySet().stream().map(e -> e.getKey() + " " + String.join(" ", e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
