package io.virtdeck.storage.ui;

import com.vaadin.flow.component.grid.Grid;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.ui.DragPayload;

/** Makes the disks of a datastore's Files list draggable onto a VM (remembered for the drop). */
final class DiskDrag {

  /** The drag data that names a dragged disk: {@code disk:namespace/name}. */
  static final String PREFIX = "disk:";

  private DiskDrag() {}

  static void source(Grid<DiskRow> grid, DiskActions actions) {
    grid.setRowsDraggable(true);
    grid.setDragFilter(actions::mayAttachSomewhere);
    grid.setDragDataGenerator("text", d -> PREFIX + d.key().namespace() + "/" + d.key().name());
    grid.addDragStartListener(
        event ->
            event.getDraggedItems().stream()
                .findFirst()
                .ifPresent(d -> grid.getUI().ifPresent(ui -> DragPayload.set(ui, d.key()))));
    grid.addDragEndListener(event -> grid.getUI().ifPresent(DragPayload::clear));
  }
}
