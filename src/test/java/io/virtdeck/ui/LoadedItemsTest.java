package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Refreshing rows a tree does not hold leaves nothing behind in the session. */
class LoadedItemsTest {

  @Test
  void refreshingItemsTheTreeDoesNotHoldKeysNone() {
    TreeGrid<String> tree = tree();

    IntStream.range(0, 1_000).forEach(i -> LoadedItems.refresh(tree, "vm-" + i));

    assertThat(tree.getDataCommunicator().getKeyMapper().has("vm-1")).isFalse();
    assertThat(tree.getDataCommunicator().getKeyMapper().has("vm-999")).isFalse();
  }

  @Test
  void vaadinAloneKeepsEveryRefreshedItem() {
    // why LoadedItems exists: this is what VmTree did for every changed VM in every session
    TreeGrid<String> tree = tree();

    IntStream.range(0, 1_000).forEach(i -> tree.getDataProvider().refreshItem("vm-" + i));

    assertThat(tree.getDataCommunicator().getKeyMapper().has("vm-999")).isTrue();
  }

  @Test
  void anItemTheTreeHoldsIsRefreshed() {
    TreeGrid<String> tree = tree();
    tree.getDataCommunicator().getKeyMapper().key("vm-1");
    int[] refreshed = {0};
    tree.getDataProvider().addDataProviderListener(event -> refreshed[0]++);

    LoadedItems.refresh(tree, "vm-1");
    LoadedItems.refresh(tree, "vm-2");

    assertThat(refreshed[0]).isEqualTo(1);
  }

  private static TreeGrid<String> tree() {
    var data = new TreeData<String>();
    data.addRootItems("folder");
    IntStream.range(0, 1_000).forEach(i -> data.addItem("folder", "vm-" + i));
    TreeGrid<String> tree = new TreeGrid<>();
    tree.setDataProvider(new TreeDataProvider<>(data));
    tree.addComponentHierarchyColumn(Span::new);
    return tree;
  }
}
