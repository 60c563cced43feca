package io.storyline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * A multi-field query parser that bounds what a query costs: it counts the words of the query as written (once,
 * however many fields each is searched in) and refuses a query over its {@link QueryLimits}; it searches fuzzy,
 * prefix, wildcard and regular-expression terms only in the expanding fields (the language-neutral text and the
 * title, not once more per language), and every fuzzy term expands to at most {@link QueryLimits#maxExpansions()}
 * index terms.
 */
final class BoundedQueryParser extends MultiFieldQueryParser {
  private final QueryLimits limits;
  private final boolean counting;
  private final String[] expandingFields;
  private int terms;
  private int expanding;
  /** Set while the parent class repeats one word over every field, so the word counts once. */
  private boolean perField;

  /**
   * @param expandingFields the fields that fuzzy, prefix, wildcard and regular-expression terms are searched in
   * @param counting        whether to count and refuse: true for the query as written, false for derived queries
   */
  BoundedQueryParser(String[] fields, String[] expandingFields, Analyzer analyzer, Map<String, Float> boosts,
      QueryLimits limits, boolean counting) {
    super(fields, analyzer, boosts);
    this.expandingFields = expandingFields.clone();
    this.limits = limits;
    this.counting = counting;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    count(false, queryText);
    return perField(() -> super.getFieldQuery(field, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    count(false, queryText);
    return perField(() -> super.getFieldQuery(field, queryText, slop));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    count(true, termStr + "~");
    return field != null ? perField(() -> super.getFuzzyQuery(field, termStr, minSimilarity))
        : expanding(f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    count(true, termStr + "*");
    return field != null ? perField(() -> super.getPrefixQuery(field, termStr))
        : expanding(f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    count(true, termStr);
    return field != null ? perField(() -> super.getWildcardQuery(field, termStr))
        : expanding(f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    count(true, "/" + termStr + "/");
    return field != null ? perField(() -> super.getRegexpQuery(field, termStr))
        : expanding(f -> super.getRegexpQuery(f, termStr));
  }

  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
    return new FuzzyQuery(term, edits, prefixLength, limits.maxExpansions(), FuzzyQuery.defaultTranspositions);
  }

  private void count(boolean expands, String word) {
    if (!counting || perField) {
      return;
    }
    terms++;
    if (terms > limits.maxTerms()) {
      throw new IllegalArgumentException("the query has more than " + limits.maxTerms() + " words and phrases; "
          + "search for fewer words at a time");
    }
    if (expands && ++expanding > limits.maxExpanding()) {
      throw new IllegalArgumentException("the query has more than " + limits.maxExpanding()
          + " fuzzy, prefix, wildcard or regular-expression terms ('" + word + "' is one more); use at most "
          + limits.maxExpanding() + ", or plain words");
    }
  }

  private interface PerField {
    Query get(String field) throws ParseException;
  }

  /** The term in each expanding field, any of them matching. */
  private Query expanding(PerField query) throws ParseException {
    List<Query> clauses = new ArrayList<>();
    for (String f : expandingFields) {
      Query q = perField(() -> query.get(f));
      if (q != null) {
        clauses.add(q);
      }
    }
    return getMultiFieldQuery(clauses);
  }

  private interface Parse {
    Query get() throws ParseException;
  }

  private Query perField(Parse parse) throws ParseException {
    boolean outer = !perField;
    perField = true;
    try {
      return parse.get();
    } finally {
      if (outer) {
        perField = false;
      }
    }
  }
}
