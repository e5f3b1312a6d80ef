package io.virtdeck.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.ui.PropertyCard;

/** The Summary of a port group: type, VLAN, bridge or physical network, MTU, IPAM; raw config. */
final class PortGroupCards {

  private PortGroupCards() {}

  static Component summary(PortGroup group) {
    PropertyCard card = new PropertyCard(t("net.summary.title"));
    card.setId("port-group-summary");
    card.row(t("net.summary.type"), t(group.type().labelKey()));
    card.row(t("net.summary.cni"), group.cniType());
    card.row(t("net.summary.namespace"), group.namespace());
    if (!group.unreadable()) {
      card.row(
          t("net.summary.vlan"),
          group.vlan() == 0 ? t("net.summary.no-vlan") : String.valueOf(group.vlan()));
      card.row(
          t(
              group.type() == PortGroupType.LINUX_BRIDGE
                  ? "net.summary.bridge"
                  : "net.summary.network"),
          group.network());
      card.row(
          t("net.summary.mtu"),
          group.mtu() == 0 ? t("net.summary.default") : String.valueOf(group.mtu()));
      card.row(
          t("net.summary.ipam"), group.ipam().isEmpty() ? t("net.summary.no-ipam") : group.ipam());
    }
    card.row(t("net.summary.resource"), group.resourceName());
    Pre raw = new Pre(group.rawConfig().isEmpty() ? "—" : group.rawConfig());
    raw.setId("port-group-raw");
    raw.addClassName("teach-code");
    Details config = new Details(t("net.summary.raw"), raw);
    config.setOpened(group.unreadable());
    Div result = new Div(card, config);
    if (group.unreadable()) {
      Div warning = new Div(t("net.summary.unreadable"));
      warning.setId("port-group-unreadable");
      warning.addClassName("problem");
      result.addComponentAsFirst(warning);
    }
    return result;
  }

  static Component pod() {
    PropertyCard card = new PropertyCard(t("net.summary.title"));
    card.setId("port-group-summary");
    card.row(t("net.summary.type"), t("net.type.pod"));
    card.row(t("net.summary.binding"), "masquerade");
    return card;
  }

  private static String t(String key) {
    return I18NProvider.translate(key);
  }
}
