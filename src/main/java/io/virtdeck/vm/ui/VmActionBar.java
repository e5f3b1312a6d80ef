package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.glossary.Glossary;
import io.virtdeck.glossary.ui.GlossaryTerm;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The VM header's action buttons, as in vCenter: power on, shut down, power off, ... The page is
 * drawn first; the buttons follow once the user's permissions are known (asked off the UI thread,
 * in parallel), so a slow API server delays the buttons, not the page.
 *
 * <p>The bar lives as long as the page shows one VM: a change of the VM {@link #show updates} its
 * buttons in place (enabled or not, and why) instead of drawing new ones. A VM that is booting
 * changes several times a second, and a click on a button the server had just replaced would be
 * lost (the server ignores events of components it no longer has).
 */
class VmActionBar extends HorizontalLayout {

  private final HorizontalLayout power = new HorizontalLayout();
  private final HorizontalLayout others = new HorizontalLayout();
  private final Map<PowerAction, Button> buttons = new EnumMap<>(PowerAction.class);
  private final VmActions actions;
  private VmRow row;
  private @Nullable Set<PowerAction> permitted;
  private @Nullable OthersState othersShownFor;

  /** What other features' header actions depend on; they are drawn anew only when it changes. */
  private record OthersState(
      PowerState power, String status, String host, boolean template, Object more) {
    static OthersState of(VmRow row, Object more) {
      return new OthersState(row.powerState(), row.status(), row.host(), row.template(), more);
    }
  }

  VmActionBar(VmActions actions, VmRow row) {
    this.actions = actions;
    this.row = row;
    setId("vm-actions");
    addClassName("vm-actions");
    setSpacing(false);
    for (HorizontalLayout part : List.of(power, others)) {
      part.setSpacing(false);
      part.setPadding(false);
    }
    add(power, others);
    LiveUpdates.bind(
        this,
        () ->
            Mono.fromCallable(() -> actions.permittedIn(row.namespace()))
                .subscribeOn(Schedulers.boundedElastic())
                .flux(),
        answers -> permit(answers.getLast()));
  }

  /** The VM this bar acts on. */
  ResourceKey key() {
    return row.key();
  }

  /**
   * Shows the VM's current state: the power buttons are updated in place; {@code othersFor} (other
   * features' buttons) is asked again only when the row's state or {@code othersDependOn} (what
   * they say they depend on, compared by equality) changed.
   */
  void show(VmRow current, Object othersDependOn, Supplier<List<Component>> othersFor) {
    row = current;
    updatePowerButtons();
    OthersState state = OthersState.of(current, othersDependOn);
    if (!state.equals(othersShownFor)) {
      others.removeAll();
      othersFor.get().forEach(others::add);
      othersShownFor = state;
    }
  }

  private void permit(Set<PowerAction> answer) {
    if (answer.equals(permitted)) {
      updatePowerButtons(); // same buttons; their state may have changed while detached
    } else {
      permitted = answer;
      drawPowerButtons(answer);
    }
  }

  private void drawPowerButtons(Set<PowerAction> allowed) {
    power.removeAll();
    buttons.clear();
    for (PowerAction action : PowerAction.values()) {
      if (allowed.contains(action)) {
        Button button =
            new Button(
                getTranslation(action.labelKey()),
                icon(action).create(),
                e -> actions.run(this, action, List.of(row)));
        button.setId("action-" + action.name().toLowerCase(Locale.ROOT));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        buttons.put(action, button);
        power.add(button);
        if (action == PowerAction.SUSPEND) {
          power.add(GlossaryTerm.infoIcon(Glossary.Term.SUSPEND));
        }
      }
    }
    updatePowerButtons();
  }

  private void updatePowerButtons() {
    buttons.forEach(
        (action, button) -> {
          var reason = actions.disabledBecause(action, row);
          button.setEnabled(reason.isEmpty());
          String tooltip =
              action == PowerAction.SUSPEND
                  ? getTranslation("vm.action.suspend.note")
                  : reason.map(key -> getTranslation(key)).orElse(null);
          button.setTooltipText(tooltip);
        });
  }

  private static VaadinIcon icon(PowerAction action) {
    return switch (action) {
      case POWER_ON -> VaadinIcon.PLAY;
      case SHUT_DOWN_GUEST -> VaadinIcon.POWER_OFF;
      case POWER_OFF -> VaadinIcon.STOP;
      case RESTART -> VaadinIcon.REFRESH;
      case SUSPEND -> VaadinIcon.PAUSE;
      case RESUME -> VaadinIcon.STEP_FORWARD;
    };
  }
}
