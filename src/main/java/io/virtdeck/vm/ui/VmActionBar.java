package io.virtdeck.vm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.glossary.Glossary;
import io.virtdeck.glossary.ui.GlossaryTerm;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The VM header's action buttons, as in vCenter: power on, shut down, power off, ... The page is
 * drawn first; the buttons follow once the user's permissions are known (asked off the UI thread,
 * in parallel), so a slow API server delays the buttons, not the page.
 */
class VmActionBar extends HorizontalLayout {

  /** The power buttons, redrawn when the permissions are known; other features' buttons follow. */
  private final HorizontalLayout power = new HorizontalLayout();

  VmActionBar(VmActions actions, VmRow row) {
    setId("vm-actions");
    addClassName("vm-actions");
    setSpacing(false);
    power.setSpacing(false);
    power.setPadding(false);
    add(power);
    LiveUpdates.bind(
        this,
        () ->
            Mono.fromCallable(() -> actions.permittedIn(row.namespace()))
                .subscribeOn(Schedulers.boundedElastic())
                .flux(),
        answers -> show(actions, row, answers.getLast()));
  }

  private void show(VmActions actions, VmRow row, Set<PowerAction> permitted) {
    power.removeAll();
    for (PowerAction action : PowerAction.values()) {
      if (!permitted.contains(action)) {
        continue;
      }
      Button button =
          new Button(
              getTranslation(action.labelKey()),
              icon(action).create(),
              e -> actions.run(this, action, List.of(row)));
      button.setId("action-" + action.name().toLowerCase(Locale.ROOT));
      button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      actions
          .disabledBecause(action, row)
          .ifPresent(
              reason -> {
                button.setEnabled(false);
                button.setTooltipText(getTranslation(reason));
              });
      if (action == PowerAction.SUSPEND) {
        button.setTooltipText(getTranslation("vm.action.suspend.note"));
      }
      power.add(button);
      if (action == PowerAction.SUSPEND) {
        power.add(GlossaryTerm.infoIcon(Glossary.Term.SUSPEND));
      }
    }
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
