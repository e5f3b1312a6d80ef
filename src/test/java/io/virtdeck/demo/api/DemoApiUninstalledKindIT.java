package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.testing.DemoApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A kind whose CRD is deleted is gone from the demo API as from a real one: its paths answer 404 (a
 * client then knows the kind is not installed), while the other kinds of its group still work.
 */
class DemoApiUninstalledKindIT {

  @RegisterExtension final DemoApi demo = DemoApi.empty();

  @Test
  void theKindsPathsAnswer404WhileItsGroupServesTheOthers() throws Exception {
    demo.admin()
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .withName("datavolumes.cdi.kubevirt.io")
        .delete();

    assertThat(status("/apis/cdi.kubevirt.io/v1beta1/datavolumes")).isEqualTo(404);
    assertThat(status("/apis/cdi.kubevirt.io/v1beta1/namespaces/default/datavolumes"))
        .isEqualTo(404);
    assertThat(status("/apis/cdi.kubevirt.io/v1beta1/namespaces/default/datasources"))
        .isEqualTo(200);
    assertThat(status("/apis/kubevirt.io/v1/namespaces/default/virtualmachines")).isEqualTo(200);
  }

  private int status(String path) throws Exception {
    return demo.users().send(null, "GET", path, "").statusCode();
  }
}
