package io.virtdeck.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;

/**
 * What is being dragged in one UI (a VM, a snapshot), so that a drop target in another feature can
 * tell what was dropped on it. Set on drag start, cleared on drag end.
 */
public final class DragPayload {

  private DragPayload() {}

  public static void set(UI ui, Object payload) {
    ComponentUtil.setData(ui, Holder.class, new Holder(payload));
    ComponentUtil.fireEvent(ui, new Changed(ui));
  }

  public static void clear(UI ui) {
    ComponentUtil.setData(ui, Holder.class, null);
    ComponentUtil.fireEvent(ui, new Changed(ui));
  }

  /** Fired on the UI when a drag starts or ends, so that drop targets can say what they accept. */
  public static class Changed extends com.vaadin.flow.component.ComponentEvent<UI> {
    Changed(UI ui) {
      super(ui, true);
    }
  }

  /** The dragged object, if there is one of this type. */
  public static <T> Optional<T> get(UI ui, Class<T> type) {
    Holder holder = ComponentUtil.getData(ui, Holder.class);
    return holder != null && type.isInstance(holder.payload())
        ? Optional.of(type.cast(holder.payload()))
        : Optional.empty();
  }

  private record Holder(Object payload) {}
}
