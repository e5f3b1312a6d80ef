package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.testing.DemoApi;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lists of a collection come from the index: sorted, paged with limit/continue, always current. */
class CollectionListsIT {

  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static KubernetesClient client;
  private static MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      vms;

  @BeforeAll
  static void start() {
    client = demo.admin();
    vms = client.genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND);
  }

  @Test
  void pagesThroughANamespaceInNameOrderWithLimitAndContinue() {
    for (String name : List.of("vm-5", "vm-1", "vm-7", "vm-3", "vm-2", "vm-6", "vm-4")) {
      bulkCreate("paging", name);
    }
    bulkCreate("paging-other", "vm-0");

    var first = page("paging", 3, null);
    assertThat(names(first)).containsExactly("vm-1", "vm-2", "vm-3");
    assertThat(first.getMetadata().getContinue()).isNotEmpty();
    assertThat(first.getMetadata().getRemainingItemCount()).isEqualTo(4L);

    var second = page("paging", 3, first.getMetadata().getContinue());
    assertThat(names(second)).containsExactly("vm-4", "vm-5", "vm-6");
    assertThat(second.getMetadata().getRemainingItemCount()).isEqualTo(1L);
    assertThat(second.getMetadata().getResourceVersion())
        .isEqualTo(first.getMetadata().getResourceVersion());

    var last = page("paging", 3, second.getMetadata().getContinue());
    assertThat(names(last)).containsExactly("vm-7");
    assertThat(last.getMetadata().getContinue()).isNullOrEmpty();
    assertThat(last.getMetadata().getRemainingItemCount()).isNull();
  }

  @Test
  void aContinueTokenKeepsWorkingWhileObjectsChange() {
    for (String name : List.of("a", "b", "c", "d")) {
      bulkCreate("changing", name);
    }
    var first = page("changing", 2, null);
    assertThat(names(first)).containsExactly("a", "b");

    demo.server().bulk().delete(vmsPath("changing"), "c");
    bulkCreate("changing", "cc");
    demo.server().bulk().delete(vmsPath("changing"), "a");

    var rest = page("changing", 10, first.getMetadata().getContinue());
    assertThat(names(rest)).containsExactly("cc", "d");
    assertThat(rest.getMetadata().getResourceVersion())
        .isEqualTo(first.getMetadata().getResourceVersion());
  }

  @Test
  void laterPagesCarryTheFirstPagesRemainingCountInsteadOfCountingTheRestAgain() {
    for (String name : List.of("a", "b", "c", "d", "e", "f", "g")) {
      bulkCreate("counting", name);
    }
    var first = page("counting", 3, null);
    assertThat(first.getMetadata().getRemainingItemCount()).isEqualTo(4L);

    bulkCreate("counting", "h"); // after the first page: counted again, the rest would be 5
    var second = page("counting", 3, first.getMetadata().getContinue());

    assertThat(names(second)).containsExactly("d", "e", "f");
    assertThat(second.getMetadata().getRemainingItemCount()).isEqualTo(1L);
    var last = page("counting", 3, second.getMetadata().getContinue());
    assertThat(names(last)).containsExactly("g", "h");
    assertThat(last.getMetadata().getContinue()).isNullOrEmpty();
  }

  @Test
  void listsAcrossAllNamespacesSortedByNamespaceThenName() {
    bulkCreate("zz-wide-b", "vm-1");
    bulkCreate("zz-wide-a", "vm-2");
    bulkCreate("zz-wide-a", "vm-1");

    var all = vms.inAnyNamespace().list();
    assertThat(all.getItems())
        .extracting(vm -> vm.getMetadata().getNamespace() + "/" + vm.getMetadata().getName())
        .filteredOn(key -> key.startsWith("zz-wide-"))
        .containsExactly("zz-wide-a/vm-1", "zz-wide-a/vm-2", "zz-wide-b/vm-1");
    assertThat(all.getItems())
        .extracting(vm -> vm.getMetadata().getNamespace() + "/" + vm.getMetadata().getName())
        .isSorted();
  }

  @Test
  void pagesAClusterScopedCollection() {
    for (String name : List.of("node-c", "node-a", "node-b")) {
      client
          .nodes()
          .resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
    var first = client.nodes().list(new ListOptionsBuilder().withLimit(2L).build());
    assertThat(first.getItems()).extracting(n -> n.getMetadata().getName()).hasSize(2).isSorted();
    var rest =
        client
            .nodes()
            .list(
                new ListOptionsBuilder()
                    .withLimit(2L)
                    .withContinue(first.getMetadata().getContinue())
                    .build());
    assertThat(rest.getItems())
        .extracting(n -> n.getMetadata().getName())
        .containsExactly("node-c");
  }

  @Test
  void objectsWrittenByClientRequestsShowInTheNextList() {
    var inNamespace = vms.inNamespace("requests");
    inNamespace.resource(DemoVms.vm("requests", "vm-1")).create();
    assertThat(names(inNamespace.list())).containsExactly("vm-1");

    inNamespace
        .withName("vm-1")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"labels\":{\"tier\":\"gold\"}}}");
    var labelled = inNamespace.list().getItems();
    assertThat(labelled)
        .singleElement()
        .satisfies(
            vm -> assertThat(vm.getMetadata().getLabels()).isEqualTo(Map.of("tier", "gold")));
    assertThat(names(inNamespace.withLabel("tier", "gold").list())).containsExactly("vm-1");
    assertThat(names(inNamespace.withLabel("tier", "silver").list())).isEmpty();

    inNamespace.withName("vm-1").delete();
    assertThat(inNamespace.list().getItems()).isEmpty();
  }

  @Test
  void pagesThroughTheObjectsALabelSelectorMatches() {
    for (int i = 1; i <= 5; i++) {
      var vm = DemoVms.vm("selected", "vm-" + i);
      vm.getMetadata().setLabels(Map.of("tier", i % 2 == 1 ? "gold" : "silver"));
      demo.server().bulk().create(vmsPath("selected"), vm);
    }
    var gold = new ListOptionsBuilder().withLabelSelector("tier=gold").withLimit(2L);
    var first = vms.inNamespace("selected").list(gold.build());
    assertThat(names(first)).containsExactly("vm-1", "vm-3");
    assertThat(first.getMetadata().getRemainingItemCount()).isNull();

    var rest =
        vms.inNamespace("selected")
            .list(gold.withContinue(first.getMetadata().getContinue()).build());
    assertThat(names(rest)).containsExactly("vm-5");
    assertThat(rest.getMetadata().getContinue()).isNullOrEmpty();
  }

  @Test
  void anInvalidContinueTokenIsABadRequest() {
    var error =
        catchThrowableOfType(
            KubernetesClientException.class, () -> page("paging", 2, "not-a-token!"));
    assertThat(error.getCode()).isEqualTo(400);
  }

  static String vmsPath(String namespace) {
    return "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachines";
  }

  private static void bulkCreate(String namespace, String name) {
    demo.server().bulk().create(vmsPath(namespace), DemoVms.vm(namespace, name));
  }

  private static GenericKubernetesResourceList page(
      String namespace, long limit, @Nullable String continueToken) {
    ListOptions options =
        new ListOptionsBuilder().withLimit(limit).withContinue(continueToken).build();
    return vms.inNamespace(namespace).list(options);
  }

  private static List<String> names(GenericKubernetesResourceList list) {
    return list.getItems().stream().map(vm -> vm.getMetadata().getName()).toList();
  }
}
