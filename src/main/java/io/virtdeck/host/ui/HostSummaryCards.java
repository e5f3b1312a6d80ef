package io.virtdeck.host.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.virtdeck.host.Bytes;
import io.virtdeck.host.HostDetails;
import io.virtdeck.host.HostRow;
import io.virtdeck.task.Message;
import io.virtdeck.ui.PropertyCard;
import java.time.Instant;

/**
 * A host's Summary: capacity and what its VMs request (with bars), nodeInfo, KubeVirt's CPU models
 * and features, conditions, taints, uptime and creation time.
 */
final class HostSummaryCards extends Div {

  HostSummaryCards(HostRow row, HostDetails details, Instant now) {
    addClassName("summary-cards");
    setId("host-summary");
    PropertyCard capacity = new PropertyCard(getTranslation("host.card.capacity"));
    capacity
        .row(
            getTranslation("host.cpu"),
            usage(
                row.cpuRequested(),
                row.cpuAllocatable(),
                Bytes.cpus(row.cpuRequested()),
                Bytes.cpus(row.cpuAllocatable()),
                Bytes.cpus(row.freeCpu())))
        .row(
            getTranslation("host.memory"),
            usage(
                row.memoryRequested(),
                row.memoryAllocatable(),
                Bytes.gib(row.memoryRequested()),
                Bytes.gib(row.memoryAllocatable()),
                Bytes.gib(row.freeMemory())))
        .row(
            getTranslation("host.capacity"),
            Bytes.cpus(row.cpuCapacity()) + " CPU · " + Bytes.gib(row.memoryCapacity()))
        .row(getTranslation("host.vms"), String.valueOf(row.vmCount()));
    PropertyCard hardware = new PropertyCard(getTranslation("host.card.hardware"));
    hardware
        .row(getTranslation("host.os"), details.osImage())
        .row(getTranslation("host.kernel"), details.kernel())
        .row(getTranslation("host.kubelet"), details.kubelet())
        .row(getTranslation("host.runtime"), details.runtime())
        .row(getTranslation("host.cpu-model"), details.cpuModels())
        .row(getTranslation("host.cpu-features"), details.cpuFeatures())
        .row(getTranslation("host.zone"), details.zone())
        .row(getTranslation("host.uptime"), text(details.uptime(now)))
        .row(getTranslation("host.created"), details.created());
    PropertyCard conditions = new PropertyCard(getTranslation("host.card.conditions"));
    details.conditions().forEach(c -> conditions.row("", c));
    conditions.row(
        getTranslation("host.taints"),
        details.taints().isEmpty()
            ? getTranslation("host.none")
            : String.join(", ", details.taints()));
    add(capacity, hardware, conditions);
  }

  private String text(Message message) {
    return getTranslation(message.key(), message.args().toArray());
  }

  private Div usage(long used, long total, String usedText, String totalText, String freeText) {
    double max = Math.max(1, total);
    ProgressBar bar = new ProgressBar(0, max, Math.min(used, max));
    bar.addClassName("capacity-bar");
    return new Div(new Span(getTranslation("host.usage", usedText, totalText, freeText)), bar);
  }
}
