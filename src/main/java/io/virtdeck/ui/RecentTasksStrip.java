package io.virtdeck.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;

/** The Recent Tasks strip at the bottom, as in vCenter; tasks arrive with the actions. */
class RecentTasksStrip extends Details {

  RecentTasksStrip() {
    setSummaryText(getTranslation("tasks.recent"));
    addClassName("recent-tasks");
    setId("recent-tasks");
    Grid<String> grid = new Grid<>();
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.name"));
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.target"));
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.status"));
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.initiator"));
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.start"));
    grid.addColumn(s -> s).setHeader(getTranslation("tasks.column.completion"));
    grid.setEmptyStateText(getTranslation("tasks.none"));
    grid.setAllRowsVisible(true);
    add(grid);
    setOpened(true);
  }
}
