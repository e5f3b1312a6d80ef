package io.virtdeck.vm;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.VmRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a view does with one batch of changed VM keys: when no VM was added or removed since the
 * view last looked ({@link VmInventory#membership()} unchanged), it refreshes just the changed rows
 * it may show, each once with its current (last) state, however often it changed in the window;
 * otherwise it reloads its list (still only the visible page: the server pages).
 *
 * @param all whether to reload the list
 * @param rows the changed rows, each once, in their current state (empty when {@code all})
 */
public record VmBatch(boolean all, List<VmRow> rows) {

  public VmBatch {
    rows = List.copyOf(rows);
  }

  /**
   * The update for {@code changed} keys, given the membership the view last saw and the current
   * one, reading each row's current state with {@code current}.
   */
  public static VmBatch of(
      List<ResourceKey> changed,
      long seenMembership,
      long membership,
      Function<ResourceKey, Optional<VmRow>> current) {
    if (seenMembership != membership) {
      return new VmBatch(true, List.of());
    }
    var rows = new ArrayList<VmRow>();
    for (ResourceKey key : new LinkedHashSet<>(changed)) {
      var row = current.apply(key);
      if (row.isEmpty()) {
        return new VmBatch(true, List.of());
      }
      rows.add(row.get());
    }
    return new VmBatch(false, rows);
  }
}
