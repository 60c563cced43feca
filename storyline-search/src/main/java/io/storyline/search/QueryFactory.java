package io.storyline.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Builds Lucene queries from a {@link SearchQuery}: the text over every body field, expansions, filters. */
final class QueryFactory {
  /** Expansion hits rank below direct hits of the same strength. */
  static final float EXPANSION_BOOST = 0.8f;
  private static final float TITLE_BOOST = 2f;
  /** Fuzzy, prefix, wildcard and regular-expression terms are searched in the unstemmed text and the title. */
  private static final String[] EXPANDING_FIELDS = {LanguageAnalyzers.BODY, LanguageAnalyzers.TITLE};

  private final LanguageAnalyzers analyzers;
  private final QueryLimits limits;
  private final String[] fields;

  /**
   * @param bodyFields the body fields to search: those the index holds
   * @param limits     what the query as written may cost; derived queries (expansions, translations) are not counted
   */
  QueryFactory(LanguageAnalyzers analyzers, List<String> bodyFields, QueryLimits limits) {
    this.analyzers = analyzers;
    this.limits = limits;
    this.fields = java.util.stream.Stream.concat(bodyFields.stream(), java.util.stream.Stream.of(LanguageAnalyzers.TITLE))
        .toArray(String[]::new);
  }

  /** The query text alone; matches everything when blank. Throws naming the query when it does not parse. */
  Query text(String text) {
    return text.isBlank() ? MatchAllDocsQuery.INSTANCE : parse(text, QueryParser.Operator.AND, true);
  }

  /** One phrase query per expansion variant, in order. */
  List<Variant> variants(List<Expansion> expansions) {
    List<Variant> out = new ArrayList<>();
    for (Expansion e : expansions) {
      for (String v : e.variants()) {
        out.add(new Variant(v, parse('"' + QueryParser.escape(v) + '"', QueryParser.Operator.OR, false), EXPANSION_BOOST));
      }
    }
    return out;
  }

  /** The query with its words expanded into other languages ({@link ConceptExpansion}), weighted below it. */
  Variant translated(String rewritten) {
    return new Variant(rewritten, parse(rewritten, QueryParser.Operator.AND, false), ConceptExpansion.BOOST);
  }

  /** An expansion variant, its query and its weight against the query as written. */
  record Variant(String text, Query query, float boost) {}

  /** The full query: the text or any variant, restricted by the filters. */
  Query combine(Query text, List<Variant> variants, Filters filters) {
    BooleanQuery.Builder matching = new BooleanQuery.Builder().add(text, Occur.SHOULD);
    variants.forEach(v -> matching.add(new BoostQuery(v.query(), v.boost()), Occur.SHOULD));
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(matching.build(), Occur.MUST);
    filters(filters).forEach(f -> all.add(f, Occur.FILTER));
    return all.build();
  }

  private List<Query> filters(Filters f) {
    List<Query> out = new ArrayList<>();
    if (!f.languages().isEmpty()) {
      out.add(new TermInSetQuery(IndexFields.LANG, f.languages().stream().map(BytesRef::new).toList()));
    }
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : millis(f.from());
      long hi = f.to() == null ? Long.MAX_VALUE : millis(f.to().plusDays(1)) - 1;
      out.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, lo, hi));
    }
    if (!f.entityIds().isEmpty()) {
      out.add(entity(f));
    }
    term(out, IndexFields.EVENT, f.event());
    term(out, IndexFields.STORYLINE, f.storyline());
    term(out, IndexFields.SOURCE, f.source());
    return out;
  }

  /** Articles linked to the entity or one merged into it, or moved to it by a split; not those a split moved away. */
  private static Query entity(Filters f) {
    Query linked = new TermInSetQuery(IndexFields.ENTITY, f.entityIds().stream().map(BytesRef::new).toList());
    EntityScope scope = f.scope();
    if (scope.gained().isEmpty() && scope.lost().isEmpty()) {
      return linked;
    }
    BooleanQuery.Builder naming = new BooleanQuery.Builder().add(linked, Occur.SHOULD);
    if (!scope.gained().isEmpty()) {
      naming.add(ids(scope.gained()), Occur.SHOULD);
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder().add(naming.build(), Occur.FILTER);
    if (!scope.lost().isEmpty()) {
      out.add(ids(scope.lost()), Occur.MUST_NOT);
    }
    return out.build();
  }

  private static Query ids(java.util.Collection<String> ids) {
    return new TermInSetQuery(IndexFields.ID, ids.stream().map(BytesRef::new).toList());
  }

  private static void term(List<Query> out, String field, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new TermQuery(new Term(field, value)));
    }
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private Query parse(String text, QueryParser.Operator operator, boolean counting) {
    Map<String, Float> boosts = new HashMap<>();
    boosts.put(LanguageAnalyzers.TITLE, TITLE_BOOST);
    MultiFieldQueryParser parser = new BoundedQueryParser(fields, EXPANDING_FIELDS, analyzers, boosts, limits, counting);
    parser.setDefaultOperator(operator);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      String why = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("syntax error");
      throw new IllegalArgumentException("cannot parse the query '" + text + "': " + why
          + "; use words, \"phrases\", AND, OR, NOT, +must, -not, prefix*, fuzzy~", e);
    }
  }
}
