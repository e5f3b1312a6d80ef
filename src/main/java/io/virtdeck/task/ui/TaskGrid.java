package io.virtdeck.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.virtdeck.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/** Tasks as vCenter lists them: name, target, status, initiator, times; a click shows details. */
class TaskGrid extends Grid<Task> {

  TaskGrid() {
    addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    addColumn(t -> TaskTexts.name(this, t))
        .setHeader(getTranslation("tasks.column.name"))
        .setAutoWidth(true);
    addColumn(t -> t.targetKind() + " " + t.target())
        .setHeader(getTranslation("tasks.column.target"))
        .setAutoWidth(true);
    addColumn(t -> TaskTexts.status(this, t))
        .setHeader(getTranslation("tasks.column.status"))
        .setFlexGrow(2)
        .setPartNameGenerator(t -> "task-" + t.status().name().toLowerCase(Locale.ROOT))
        .setKey("status");
    addColumn(t -> t.initiator().username())
        .setHeader(getTranslation("tasks.column.initiator"))
        .setAutoWidth(true);
    addColumn(t -> TaskTexts.queuedFor(t.queued(), t.started(), Instant.now()))
        .setHeader(getTranslation("tasks.column.queued"))
        .setComparator(
            Comparator.comparing(
                (Task t) ->
                    Duration.between(t.queued(), t.started() != null ? t.started() : t.queued())))
        .setAutoWidth(true);
    addColumn(t -> TaskTexts.time(t.started()))
        .setHeader(getTranslation("tasks.column.start"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(t -> TaskTexts.time(t.completed()))
        .setHeader(getTranslation("tasks.column.completion"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    setEmptyStateText(getTranslation("tasks.none"));
    addItemClickListener(click -> new TaskDetailsDialog(click.getItem()).open());
  }
}
