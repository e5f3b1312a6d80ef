package io.virtdeck.glossary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.virtdeck.glossary.Glossary;
import io.virtdeck.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Every vSphere word VirtDeck uses beside its Kubernetes / KubeVirt counterpart, with a filter
 * ({@code ?q=}); {@code ?term=power_on} selects and scrolls to one term.
 */
@Route(value = GlossaryView.ROUTE, layout = MainLayout.class)
@PermitAll
public class GlossaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  /** The route of this view. */
  public static final String ROUTE = "glossary";

  /** Query parameter naming the term to select, by {@link Glossary.Term#id()}. */
  public static final String TERM_PARAMETER = "term";

  private final List<Glossary.Entry> entries;
  private final Grid<Glossary.Entry> grid = new Grid<>();
  private final TextField filter = new TextField();
  private final Span count = new Span();

  public GlossaryView() {
    entries = Glossary.entries(key -> getTranslation(key));
    setSizeFull();
    addClassName("glossary-view");

    H2 title = new H2(getTranslation("glossary.title"));
    filter.setId("glossary-filter");
    filter.setPlaceholder(getTranslation("glossary.filter.placeholder"));
    filter.setPrefixComponent(VaadinIcon.FILTER.create());
    filter.setClearButtonVisible(true);
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.addValueChangeListener(e -> update());
    count.setId("glossary-count");
    count.addClassName("count");
    HorizontalLayout bar = new HorizontalLayout(title, count, filter);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWidthFull();
    bar.expand(count);

    grid.setId("glossary-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(Glossary.Entry::vsphere)
        .setHeader(getTranslation("glossary.column.vsphere"))
        .setKey("vsphere")
        .setFlexGrow(1);
    grid.addComponentColumn(GlossaryView::kubernetes)
        .setHeader(getTranslation("glossary.column.kubernetes"))
        .setKey("kubernetes")
        .setFlexGrow(2);
    grid.addColumn(Glossary.Entry::explanation)
        .setHeader(getTranslation("glossary.column.explanation"))
        .setKey("explanation")
        .setFlexGrow(4);

    add(bar, new Paragraph(getTranslation("glossary.intro")), grid);
    setFlexGrow(1, grid);
    update();
  }

  private static Span kubernetes(Glossary.Entry entry) {
    return KubernetesText.of(entry.kubernetes());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var params = event.getLocation().getQueryParameters();
    filter.setValue(params.getSingleParameter("q").orElse(""));
    update();
    params.getSingleParameter(TERM_PARAMETER).flatMap(Glossary.Term::byId).ifPresent(this::select);
  }

  /** Selects one term, clearing a filter that would hide it, and scrolls it into view. */
  void select(Glossary.Term term) {
    List<Glossary.Entry> shown = visible();
    if (shown.stream().noneMatch(e -> e.term() == term)) {
      filter.clear();
      shown = visible();
    }
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).term() == term) {
        grid.select(shown.get(i));
        grid.scrollToIndex(i);
      }
    }
  }

  /** The entries that pass the filter, in display order. */
  List<Glossary.Entry> visible() {
    String query = filter.getValue();
    return entries.stream().filter(e -> e.matches(query)).toList();
  }

  private void update() {
    List<Glossary.Entry> shown = visible();
    grid.setItems(shown);
    count.setText(getTranslation("glossary.count", shown.size()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("glossary.title") + " · VirtDeck";
  }
}
