package io.virtdeck.task.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** Every task the user may see, filtered by status and by text. */
@Route(value = "tasks", layout = MainLayout.class)
@PermitAll
public class TasksView extends VerticalLayout implements HasDynamicTitle {

  private final TaskService tasks;
  private final UserIdentity user;
  private final TaskGrid grid = new TaskGrid();
  private final TextField text = new TextField();
  private final Select<TaskStatus> status = new Select<>();

  public TasksView(TaskService tasks, CurrentUser currentUser) {
    this.tasks = tasks;
    this.user = currentUser.require();
    setSizeFull();
    grid.setId("tasks-grid");
    text.setPlaceholder(getTranslation("tasks.filter"));
    // wide enough for its placeholder, which says what it matches
    text.setMinWidth("20em");
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.addValueChangeListener(e -> refresh());
    status.setItems(TaskStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("tasks.filter.any-status"));
    status.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("tasks.filter.any-status")
                : getTranslation("task.status." + s.name().toLowerCase(Locale.ROOT)));
    status.addValueChangeListener(e -> refresh());
    add(new H2(getTranslation("tasks.title")), new HorizontalLayout(text, status), grid);
    setFlexGrow(1, grid);
    refresh();
    LiveUpdates.bind(this, () -> tasks.changes(user), batch -> refresh());
  }

  private void refresh() {
    String needle = text.getValue().strip().toLowerCase(Locale.ROOT);
    grid.setItems(
        tasks.visibleTo(user).stream()
            .filter(t -> status.getValue() == null || t.status() == status.getValue())
            .filter(t -> needle.isEmpty() || matches(t, needle))
            .toList());
  }

  private boolean matches(Task task, String needle) {
    return (TaskTexts.name(this, task) + " " + task.target() + " " + task.initiator().username())
        .toLowerCase(Locale.ROOT)
        .contains(needle);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("tasks.title") + " · VirtDeck";
  }
}
