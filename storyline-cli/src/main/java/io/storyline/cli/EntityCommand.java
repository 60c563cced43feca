package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.DidYouMean;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.EntityType;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.Variant;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "entity", mixinStandardHelpOptions = true,
    description = {"Show one entity (variants by language and script, articles, co-occurring entities),",
        "or correct the registry: merge, split, rename, retype. Corrections are recorded with who and when,",
        "persist, and apply to every later ingest."},
    subcommands = {EntityCommand.Merge.class, EntityCommand.Split.class, EntityCommand.Rename.class, EntityCommand.Retype.class})
final class EntityCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "Entity id (see `storyline entities`).")
  String id;

  @Override
  public Integer call() {
    if (id == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing entity id, or one of: " + String.join(", ", spec.subcommands().keySet()));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      Entity e = expect(workspace.entities(), id);
      out.printf("id        %s%n", e.id());
      out.printf("name      %s%n", e.name());
      out.printf("type      %s%n", e.type().name().toLowerCase(java.util.Locale.ROOT));
      List<Article> articles = e.articles().stream().map(workspace.articles()::get).flatMap(Optional::stream)
          .sorted(Text.byDate(Text::date, true).thenComparing(Article::id)).toList();
      List<String> dated = articles.stream().map(Text::date).filter(Text::dated).sorted().toList();
      out.printf("seen      %s in %d articles%n", dated.isEmpty() ? DateWords.UNKNOWN
          : DateWords.span(dated.getFirst(), dated.getLast()), e.articles().size());
      out.println("variants");
      for (Variant v : e.variants()) {
        out.printf("  %-32s %-28s %-3s %-9s %5d%n", Text.clip(v.form(), 32), Text.clip(v.lemma(), 28), v.language(), v.script(), v.count());
      }
      Map<String, Integer> together = new HashMap<>();
      out.println("articles");
      for (Article a : articles) {
        out.printf("  %-16s %-22s %s%n", a.id(), Text.clip(DateWords.of(Text.date(a)), 22), Text.headline(a));
        String lang = a.get(io.storyline.core.Layers.LANGUAGE).map(l -> l.code()).orElse("und");
        a.get(EntityLayers.MENTIONS).orElse(List.of()).stream()
            .map(m -> workspace.entities().idOf(m, lang).orElse(null))
            .filter(other -> other != null && !other.equals(e.id())).distinct()
            .forEach(other -> together.merge(other, 1, Integer::sum));
      }
      out.println("co-occurring");
      together.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(12)
          .forEach(t -> out.printf("  %-22s %-28s %d articles%n", t.getKey(),
              workspace.entities().get(t.getKey()).map(Entity::name).orElse("?"), t.getValue()));
      return 0;
    }
  }

  static Entity expect(EntityRegistry registry, String id) {
    return registry.lookup(id).orElseThrow(() -> new IllegalArgumentException(
        "no entity with id '" + id + "'" + DidYouMean.hint(registry.similarIds(id)) + "; list the ids with: storyline entities"));
  }

  /** A registry correction; the data directory is committed after it. */
  abstract static class Correction extends CorrectionCommand {
    @Override
    String apply(Workspace workspace) {
      String done = apply(workspace.entities());
      workspace.commit();
      return done;
    }

    abstract String apply(EntityRegistry registry);
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge entities into one.")
  static final class Merge extends Correction {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "Entities to merge.") List<String> ids;

    @Option(names = "--into", required = true, paramLabel = "ID", description = "The entity that remains.") String into;

    @Override
    String apply(EntityRegistry registry) {
      String target = expect(registry, into).id();
      List<String> sources = ids.stream().map(i -> expect(registry, i).id()).toList();
      registry.merge(sources, target, by);
      return "merged " + String.join(", ", sources) + " into " + target + " (" + expect(registry, target).name() + ")";
    }
  }

  @Command(name = "split", mixinStandardHelpOptions = true, description = "Move some variants of an entity to a new entity.")
  static final class Split extends Correction {
    @Parameters(index = "0", paramLabel = "ID") String id;

    @Option(names = "--forms", required = true, split = ",", paramLabel = "FORM",
        description = "Variant forms (as `storyline entity ID` lists them) that belong to the new entity.")
    List<String> forms;

    @Override
    String apply(EntityRegistry registry) {
      String target = expect(registry, id).id();
      String created = registry.split(target, forms, by);
      return "split " + forms + " from " + target + " into new entity " + created;
    }
  }

  @Command(name = "rename", mixinStandardHelpOptions = true, description = "Set the canonical display name.")
  static final class Rename extends Correction {
    @Parameters(index = "0", paramLabel = "ID") String id;

    @Parameters(index = "1", paramLabel = "NAME") String name;

    @Override
    String apply(EntityRegistry registry) {
      String target = expect(registry, id).id();
      registry.rename(target, name, by);
      return "renamed " + target + " to " + name;
    }
  }

  @Command(name = "retype", mixinStandardHelpOptions = true, description = "Set the entity type.")
  static final class Retype extends Correction {
    @Parameters(index = "0", paramLabel = "ID") String id;

    @Parameters(index = "1", paramLabel = "TYPE", description = "One of ${COMPLETION-CANDIDATES} (any case).")
    EntityType type;

    @Override
    String apply(EntityRegistry registry) {
      String target = expect(registry, id).id();
      registry.retype(target, type, by);
      return "retyped " + target + " as " + type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
