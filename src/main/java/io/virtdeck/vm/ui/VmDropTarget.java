package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.virtdeck.cluster.ResourceKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something other features let users drop onto a VM in the navigator or the grid (a disk, ...).
 * Contributed as Spring beans; while their object is dragged, VMs that refuse it say why.
 */
public interface VmDropTarget {

  /** Whether an object this target handles is being dragged in the UI. */
  boolean dragging(UI ui);

  /** Why the dragged object cannot be dropped onto the VM, as a sentence; empty when it can. */
  Optional<String> refusal(UI ui, ResourceKey vm);

  /**
   * Handles a drop onto the VM (opens its confirmation); false when the drop is not this target's.
   *
   * @param dragText the drop's text data, null when the browser sent none
   */
  boolean drop(Component owner, ResourceKey vm, @Nullable String dragText);
}
