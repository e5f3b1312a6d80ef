package io.virtdeck.vm.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid's queries run once on the loaded table, so that the JIT compiles the index walks before
 * a user's first sort rather than during it: a walk still interpreted is many times slower than
 * once compiled.
 */
public final class QueryWarmUp {

  /** Filter texts that make each query distinct, so that none is answered from a kept order. */
  private static final List<String> TEXTS = List.of("", "e", "1");

  private QueryWarmUp() {}

  /**
   * Every column in both directions, unfiltered and filtered: each walks an index; and a few sorts
   * by two columns (Shift+click), which rank the rows by their indexes ({@link RankedSort}).
   */
  static List<VmQuery> queries() {
    var queries = new ArrayList<VmQuery>();
    for (String text : TEXTS) {
      for (VmColumn column : VmColumn.values()) {
        for (boolean ascending : List.of(true, false)) {
          queries.add(new VmQuery("", text, List.of(new VmQuery.Sort(column, ascending))));
        }
      }
      for (boolean ascending : List.of(true, false)) {
        queries.add(
            new VmQuery(
                "",
                text,
                List.of(
                    new VmQuery.Sort(VmColumn.POWER_STATE, ascending),
                    new VmQuery.Sort(VmColumn.NAME, true))));
      }
    }
    return queries;
  }

  /** Runs the queries on {@code table}, then drops the orders they left. */
  public static void run(VmTable table) {
    for (VmQuery query : queries()) {
      table.page(query, 0, 50);
    }
    table.forgetOrders();
  }
}
