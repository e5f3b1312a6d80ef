package io.virtdeck.task.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.task.TaskService;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.ShellStrip;

/** The Recent Tasks strip at the bottom, live: the user's tasks (an admin's: everyone's). */
@org.springframework.stereotype.Component
class RecentTasksStrip implements ShellStrip {

  private static final int SHOWN = 8;

  private final TaskService tasks;
  private final CurrentUser currentUser;

  RecentTasksStrip(TaskService tasks, CurrentUser currentUser) {
    this.tasks = tasks;
    this.currentUser = currentUser;
  }

  @Override
  public com.vaadin.flow.component.Component create() {
    var user = currentUser.require();
    TaskGrid grid = new TaskGrid();
    grid.setId("recent-tasks-grid");
    grid.setAllRowsVisible(true);
    Runnable refresh = () -> grid.setItems(tasks.visibleTo(user).stream().limit(SHOWN).toList());
    refresh.run();
    Details strip = new Details();
    strip.setSummaryText(grid.getTranslation("tasks.recent"));
    strip.setId("recent-tasks");
    strip.addClassName("recent-tasks");
    strip.add(grid, new Anchor("tasks", grid.getTranslation("tasks.all")));
    strip.setOpened(true);
    LiveUpdates.bind(strip, () -> tasks.changes(user), batch -> refresh.run());
    return strip;
  }
}
