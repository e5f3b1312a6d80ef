package io.virtdeck.storage.ui;

import com.vaadin.flow.component.grid.Grid;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.ui.DragPayload;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Makes the disks of a datastore's Files list draggable onto a VM (remembered for the drop). */
final class DiskDrag {

  /** The drag data that names a dragged disk: {@code disk:namespace/name}. */
  static final String PREFIX = "disk:";

  private DiskDrag() {}

  /** The disk being dragged in a UI. */
  record Dragged(ResourceKey disk) {}

  /** The disk a drop's text data names, if it names one. */
  static Optional<ResourceKey> parse(@Nullable String text) {
    if (text == null || !text.startsWith(PREFIX) || text.indexOf('/') < 0) {
      return Optional.empty();
    }
    String key = text.substring(PREFIX.length());
    int slash = key.indexOf('/');
    return Optional.of(new ResourceKey(key.substring(0, slash), key.substring(slash + 1)));
  }

  static void source(Grid<DiskRow> grid, DiskActions actions) {
    grid.setRowsDraggable(true);
    grid.setDragFilter(actions::mayAttachSomewhere);
    grid.setDragDataGenerator("text", d -> PREFIX + d.key().namespace() + "/" + d.key().name());
    grid.addDragStartListener(
        event ->
            event.getDraggedItems().stream()
                .findFirst()
                .ifPresent(
                    d -> grid.getUI().ifPresent(ui -> DragPayload.set(ui, new Dragged(d.key())))));
    grid.addDragEndListener(event -> grid.getUI().ifPresent(DragPayload::clear));
  }
}
