package io.virtdeck.host.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.virtdeck.host.NodeMaintenanceState;
import io.virtdeck.ui.PropertyCard;

/**
 * The Node Maintenance Operator's view of the host: its NodeMaintenance's phase, drain progress,
 * the pods it still has to evict, and its last error (a VM that cannot move says why here).
 */
final class NodeMaintenanceCard extends Div {

  NodeMaintenanceCard(NodeMaintenanceState state) {
    setId("node-maintenance");
    PropertyCard card = new PropertyCard(getTranslation("host.card.node-maintenance"));
    Div summary =
        new Div(
            getTranslation(
                "host.node-maintenance.summary",
                state.name(),
                state.phase().isEmpty() ? "—" : state.phase(),
                String.valueOf(state.drainProgress())));
    summary.setId("node-maintenance-summary");
    card.add(summary, new ProgressBar(0, 100, Math.clamp(state.drainProgress(), 0, 100)));
    card.row(
        getTranslation("host.node-maintenance.pending"),
        state.pendingPods().isEmpty()
            ? getTranslation("host.none")
            : String.join(", ", state.pendingPods()));
    card.row(
        getTranslation("host.node-maintenance.error"),
        state.lastError().isEmpty() ? getTranslation("host.none") : state.lastError());
    add(card);
  }
}
