package io.virtdeck.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.glossary.Glossary;
import io.virtdeck.glossary.Glossary.Term;
import org.junit.jupiter.api.Test;

/** The glossary page: all terms, a filter, and selecting one term by link. */
class GlossaryViewTest extends GlossaryUiTest {

  @Test
  void listsEveryTermInThreeColumns() {
    GlossaryView view = new GlossaryView();

    Grid<?> grid = find(view, Grid.class).getFirst();
    assertThat(grid.getId()).contains("glossary-grid");
    assertThat(grid.getColumns())
        .extracting(Grid.Column::getKey)
        .containsExactly("vsphere", "kubernetes", "explanation");
    assertThat(view.visible()).hasSize(Term.values().length);
    assertThat(view.getPageTitle()).isEqualTo("vSphere to Kubernetes glossary · VirtDeck");
  }

  @Test
  void theFilterKeepsMatchingTermsAndSelectingAHiddenTermClearsIt() {
    GlossaryView view = new GlossaryView();
    TextField filter = find(view, TextField.class).getFirst();

    filter.setValue("live-migrate");
    assertThat(view.visible()).extracting(Glossary.Entry::term).contains(Term.MAINTENANCE_MODE);
    assertThat(view.visible()).extracting(Glossary.Entry::term).doesNotContain(Term.TAGS);

    view.select(Term.TAGS);
    assertThat(filter.getValue()).isEmpty();
    @SuppressWarnings("unchecked")
    Grid<Glossary.Entry> grid = find(view, Grid.class).getFirst();
    assertThat(grid.getSelectedItems()).extracting(Glossary.Entry::term).containsExactly(Term.TAGS);
  }
}
