package io.virtdeck.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Refreshes a row of a grid or tree only where the grid holds it. Vaadin's tree gives every
 * refreshed item a key and keeps it (its component renderer keys the item to look for an old
 * component), so refreshing each changed VM in every open tree would keep one node per change per
 * session, growing without end under a stream of changes. A row the grid does not hold is fetched
 * fresh when it scrolls into view, so skipping it loses nothing.
 */
public final class LoadedItems {

  private LoadedItems() {}

  /** Sends {@code item}'s new state if {@code grid} holds a row with its id; nothing otherwise. */
  public static <T> void refresh(Grid<T> grid, T item) {
    if (grid.getDataCommunicator().getKeyMapper().has(item)) {
      grid.getDataProvider().refreshItem(item);
    }
  }
}
