package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store's own requests keep the collection index in step with its map. */
class IndexedCrudStoreTest {

  private static final String VMS = "/apis/kubevirt.io/v1/namespaces/ns/virtualmachines";

  private final IndexedCrudStore store = new IndexedCrudStore();
  private final StoreAccess access = new StoreAccess(store);

  @Test
  void createPatchAndDeleteThroughTheStoreUpdateTheIndex() {
    assertThat(access.create(VMS, vmJson("vm-1", List.of()))).isLessThan(300);
    assertThat(access.get(VMS + "/vm-1")).isNotNull();
    assertThat(indexedNames()).containsExactly("ns/vm-1");

    int patched =
        access.patch(
            VMS + "/vm-1", StoreAccess.MERGE_PATCH, "{\"metadata\":{\"labels\":{\"a\":\"b\"}}}");
    assertThat(patched).isLessThan(300);
    assertThat(store.index().candidates(store.getKey(VMS + "?labelSelector=a%3Db")))
        .hasSize(1)
        .allSatisfy((key, stored) -> assertThat(stored.json()).contains("\"a\":\"b\""));

    assertThat(access.delete(VMS + "/vm-1")).isEqualTo(200);
    assertThat(access.get(VMS + "/vm-1")).isNull();
    assertThat(access.delete(VMS + "/vm-1")).isEqualTo(404);
    assertThat(indexedNames()).isEmpty();
    assertThat(store.getMap()).isEmpty();
  }

  @Test
  void deletingAnObjectWithFinalizersOnlyMarksItOnce() {
    access.create(VMS, vmJson("kept", List.of("virtdeck.io/test")));

    assertThat(access.delete(VMS + "/kept")).isEqualTo(200);
    var marked = access.get(VMS + "/kept");
    assertThat(marked).isNotNull();
    String deletedAt = marked.getMetadata().getDeletionTimestamp();
    assertThat(deletedAt).isNotNull();

    assertThat(access.delete(VMS + "/kept")).isEqualTo(200);
    assertThat(access.get(VMS + "/kept").getMetadata().getDeletionTimestamp()).isEqualTo(deletedAt);
    assertThat(indexedNames()).containsExactly("ns/kept");
  }

  @Test
  void resetEmptiesTheIndex() {
    access.create(VMS, vmJson("vm-1", List.of()));
    store.reset();
    assertThat(indexedNames()).isEmpty();
    assertThat(access.get(VMS + "/vm-1")).isNull();
  }

  @Test
  void aWatchThatCannotTakeAChangeKeepsItFromNeitherTheStoreNorItsIndex() {
    // fabric8's store sends a change to each watch in one loop; a watch failing its send (as a
    // closing one does) ended the loop before the index was updated
    var watches = (IsolatedWatches) IsolatedWatches.of(store);
    watches.add(new Object()); // not a watch: handing it a change fails

    assertThat(access.create(VMS, vmJson("vm-1", List.of()))).isLessThan(300);

    assertThat(access.get(VMS + "/vm-1")).isNotNull();
    assertThat(indexedNames()).containsExactly("ns/vm-1");
  }

  private List<String> indexedNames() {
    AttributeSet query = store.getKey(VMS);
    return List.copyOf(store.index().candidates(query).keySet());
  }

  private static String vmJson(String name, List<String> finalizers) {
    var vm = DemoVms.vm("ns", name);
    vm.getMetadata().setFinalizers(finalizers);
    return Serialization.asJson(vm);
  }
}
