package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fields VirtDeck does not model survive a read and a write of the partial model. */
class ModelRoundTripTest {

  @Test
  @SuppressWarnings("unchecked")
  void unknownFieldsAreWrittenBackAsTheyWere() {
    VirtualMachine vm = Fixtures.load("vm-web.yaml", VirtualMachine.class);

    Map<String, Object> json = Serialization.unmarshal(Serialization.asJson(vm), Map.class);

    Map<String, Object> spec = (Map<String, Object>) json.get("spec");
    assertThat(spec).containsEntry("futureField", Map.of("keep", "me"));
    Map<String, Object> domain =
        (Map<String, Object>)
            ((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec"))
                .get("domain");
    assertThat(domain.get("features"))
        .isEqualTo(Map.of("acpi", Map.of(), "smm", Map.of("enabled", true)));
    Map<String, Object> volumes =
        ((java.util.List<Map<String, Object>>)
                ((Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec"))
                    .get("volumes"))
            .get(3);
    assertThat(volumes).containsEntry("cloudInitNoCloud", Map.of("userData", "#cloud-config"));
  }

  @Test
  void absentFieldsAreNotWrittenAsNulls() {
    VirtualMachine vm = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);

    assertThat(Serialization.asJson(vm)).doesNotContain("null");
  }
}
