package io.virtdeck.vm.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import io.virtdeck.cluster.ResourceKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fired on the UI when the user starts dragging a VM (from the grid or the tree) and when the drag
 * ends, so that drop targets elsewhere (port groups, hosts) can say while dragging whether they
 * accept it and why not. The drag data ("text") is the VM's {@code namespace/name}.
 */
public class VmDragEvent extends ComponentEvent<UI> {

  private final @Nullable ResourceKey vm;

  VmDragEvent(UI ui, @Nullable ResourceKey vm) {
    super(ui, true);
    this.vm = vm;
  }

  /** The VM being dragged; empty when the drag ended. */
  public Optional<ResourceKey> vm() {
    return Optional.ofNullable(vm);
  }

  /** The VM a drop's text data names, if it names one. */
  public static Optional<ResourceKey> parse(@Nullable String text) {
    if (text == null || text.indexOf('/') <= 0) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    return Optional.of(new ResourceKey(text.substring(0, slash), text.substring(slash + 1)));
  }
}
