package io.virtdeck.vm.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import io.virtdeck.cluster.ResourceKey;
import java.util.Optional;
import java.util.function.Function;

/** Makes VM rows of a grid or tree draggable, announcing the drag on the UI. */
final class VmDrag {

  private VmDrag() {}

  static <T> void enable(Grid<T> grid, Function<T, Optional<ResourceKey>> keyOf) {
    grid.setRowsDraggable(true);
    grid.setDragFilter(item -> keyOf.apply(item).isPresent());
    grid.setDragDataGenerator(
        "text", item -> keyOf.apply(item).map(k -> k.namespace() + "/" + k.name()).orElse(""));
    grid.addDragStartListener(
        event ->
            event.getDraggedItems().stream()
                .findFirst()
                .flatMap(keyOf)
                .ifPresent(key -> fire(grid, key)));
    grid.addDragEndListener(event -> fire(grid, null));
  }

  private static void fire(Grid<?> grid, @org.jspecify.annotations.Nullable ResourceKey key) {
    grid.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new VmDragEvent(ui, key)));
  }
}
