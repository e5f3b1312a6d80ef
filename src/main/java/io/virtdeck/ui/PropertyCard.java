package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A Summary card: a title and label/value rows, as on vSphere's Summary tab. */
public class PropertyCard extends Div {

  private final Div rows = new Div();

  public PropertyCard(String title) {
    addClassName("property-card");
    rows.addClassName("property-rows");
    add(new H3(title), rows);
  }

  public PropertyCard row(String label, String value) {
    Span text = new Span(Formats.orDash(value));
    return row(label, text);
  }

  public PropertyCard row(String label, Component value) {
    Span name = new Span(label);
    name.addClassName("property-label");
    value.addClassName("property-value");
    Div row = new Div(name, value);
    row.addClassName("property-row");
    row.getElement().setAttribute("data-label", label);
    rows.add(row);
    return this;
  }
}
