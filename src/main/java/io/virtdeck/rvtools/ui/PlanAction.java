package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.ui.VmListAction;
import java.util.Optional;
import java.util.function.Supplier;

/** Plan a migration… in the VM list's title bar: opens the planner for an RVTools export. */
@org.springframework.stereotype.Component
class PlanAction implements VmListAction {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Component> create(Supplier<VmQuery> shown, UserIdentity user) {
    Button button =
        new Button(
            I18NProvider.translate("rvtools.plan.action"), VaadinIcon.ROAD_BRANCHES.create());
    button.setId("vm-plan-migration");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    button.addClickListener(e -> UI.getCurrent().navigate(MigrationPlanView.class));
    return Optional.of(button);
  }
}
