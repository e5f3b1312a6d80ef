package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.glossary.Glossary;
import io.virtdeck.glossary.ui.GlossaryTerm;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.PropertyCard;
import io.virtdeck.vm.rows.VmSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Summary tab's cards: guest, VM hardware, tags and notes, between the features' cards. */
class VmSummaryCards extends Div {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  VmSummaryCards(VmSummary summary, List<Component> leading, List<Component> trailing) {
    addClassName("cards");
    leading.forEach(this::add);
    var row = summary.row();
    PropertyCard guest =
        new PropertyCard(getTranslation("vm.summary.guest"))
            .row(getTranslation("vm.summary.os"), row.guestOs())
            .row(getTranslation("vm.summary.status"), row.status())
            .row(
                getTranslation("vm.summary.agent"),
                new Div(
                    new com.vaadin.flow.component.html.Span(
                        getTranslation(
                            summary.guestAgentConnected()
                                ? "vm.agent.running"
                                : "vm.agent.not-running")),
                    GlossaryTerm.infoIcon(Glossary.Term.VMWARE_TOOLS)))
            .row(
                getTranslation("vm.summary.host"),
                new Div(
                    new com.vaadin.flow.component.html.Span(Formats.orDash(row.host())),
                    GlossaryTerm.infoIcon(Glossary.Term.HOST)))
            .row(getTranslation("vm.summary.ips"), String.join(", ", row.ipAddresses()))
            .row(getTranslation("vm.summary.folder"), row.namespace())
            .row(getTranslation("vm.summary.run-strategy"), summary.runStrategy())
            .row(getTranslation("vm.summary.created"), TIME.format(row.created()));
    guest.setId("vm-guest-card");
    PropertyCard tags = new PropertyCard(getTranslation("vm.summary.labels"));
    summary.labels().forEach(tags::row);
    PropertyCard notes =
        new PropertyCard(getTranslation("vm.summary.notes"))
            .row(getTranslation("vm.summary.notes"), Formats.orDash(summary.notes()));
    add(guest, new VmHardwareCard(summary), tags, notes);
    trailing.forEach(this::add);
  }
}
