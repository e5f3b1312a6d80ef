package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ApiRefusal;
import io.virtdeck.cluster.ApiResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API server's refusals of an edit as sentences against the lines they concern. */
class ApiProblemsTest {

  @Test
  void eachCauseOfA422IsShownOnTheLineOfItsField() {
    var refusal =
        new ApiRefusal(
            new ApiResponse(422, "Invalid", "VirtualMachine.kubevirt.io \"web-01\" is invalid"),
            List.of(
                new ApiRefusal.Cause("spec.template.spec.volumes[1].name", "Duplicate value"),
                new ApiRefusal.Cause("metadata.labels", "Invalid value: \"a b\"")));
    assertThat(ApiProblems.of(refusal, YamlLinesTest.YAML, "VirtualMachine", "shop/web-01"))
        .extracting(p -> p.line() + " " + p.message().key() + " " + p.message().args())
        .containsExactly(
            "14 yaml.invalid.field [spec.template.spec.volumes[1].name, Duplicate value]",
            "5 yaml.invalid.field [metadata.labels, Invalid value: \"a b\"]");
  }

  @Test
  void aDecodingErrorIsShownOnTheLineOfTheFieldItsMessageNames() {
    var refusal =
        new ApiRefusal(
            new ApiResponse(
                400,
                "BadRequest",
                "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of"
                    + " type map[string]string"),
            List.of());
    assertThat(ApiProblems.of(refusal, YamlLinesTest.YAML, "VirtualMachine", "shop/web-01"))
        .extracting(p -> p.line() + " " + p.message().key())
        .containsExactly("5 yaml.invalid.api");
  }

  @Test
  void aConflictSaysSomeoneChangedTheObject() {
    var refusal = new ApiRefusal(new ApiResponse(409, "Conflict", "testing value"), List.of());
    assertThat(ApiProblems.of(refusal, YamlLinesTest.YAML, "VirtualMachine", "shop/web-01"))
        .extracting(p -> p.line() + " " + p.message().key() + " " + p.message().args())
        .containsExactly("0 yaml.conflict [VirtualMachine, shop/web-01]");
  }
}
