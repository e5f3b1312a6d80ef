package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.testing.DemoApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Every malformed request is answered at once with a Status of the right code, never left hanging.
 */
class DemoApiBadRequestsIT {

  private static final String VM = "/apis/kubevirt.io/v1/namespaces/default/virtualmachines";
  private static final String MERGE = "application/merge-patch+json";
  private static final String JSON_PATCH = "application/json-patch+json";
  private static final String STRATEGIC = "application/strategic-merge-patch+json";
  private static final String JSON = "application/json";

  @RegisterExtension static final DemoApi demo = DemoApi.empty();
  private static RawHttp http;

  @BeforeAll
  static void start() {
    demo.admin()
        .genericKubernetesResources(DemoVms.API_VERSION, DemoVms.KIND)
        .resource(DemoVms.vm("default", "bad-01"))
        .create();
    http = new RawHttp(demo.server().url());
  }

  @AfterAll
  static void stop() {
    if (http != null) {
      http.close();
    }
  }

  @ParameterizedTest(name = "{0} {1} {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "PATCH | /bad-01 | "
            + MERGE
            + " | {\"metadata\":{\"finalizers\":{\"a\":\"b\"}}} | 400"
            + " | cannot unmarshal object into Go struct field ObjectMeta.metadata.finalizers",
        "PATCH | /bad-01 | "
            + MERGE
            + " | {\"metadata\":{\"labels\":[\"a\"]}} | 400"
            + " | ObjectMeta.metadata.labels",
        "PATCH | /bad-01 | "
            + MERGE
            + " | {\"metadata\":{\"name\":7}} | 400"
            + " | ObjectMeta.metadata.name",
        "PATCH | /bad-01 | " + MERGE + " | {not json | 400 | could not be decoded",
        "PATCH | /bad-01 | " + MERGE + " | [1,2] | 400 | cannot unmarshal array",
        "PATCH | /bad-01 | " + MERGE + " | {\"metadata\":null} | 422 | metadata",
        "PATCH | /bad-01 | " + JSON_PATCH + " | {\"op\":\"add\"} | 400 | jsonpatch.Patch",
        "PATCH | /bad-01 | "
            + JSON_PATCH
            + " | [{\"op\":\"remove\",\"path\":\"/spec/nothing/here\"}] | 422 | cannot be applied",
        "PATCH | /bad-01 | "
            + JSON_PATCH
            + " | [{\"op\":\"test\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"}] | 409"
            + " | modified",
        "PATCH | /bad-01 | "
            + JSON_PATCH
            + " | [{\"op\":\"add\",\"path\":\"/metadata/finalizers\",\"value\":{\"a\":1}}]"
            + " | 400 | metadata.finalizers",
        "PATCH | /bad-01 | "
            + JSON_PATCH
            + " | [{\"op\":\"jump\",\"path\":\"/spec\"}] | 422"
            + " | cannot be applied",
        "PATCH | /bad-01 | " + STRATEGIC + " | {\"spec\":{}} | 415 | unknown format",
        "PATCH | /bad-01 | text/plain | hello | 415 | unknown format",
        "PATCH | /missing-01 | " + MERGE + " | {\"spec\":{}} | 404 | not found",
        "POST  |         | " + JSON + " | {not json | 400 | could not be decoded",
        "POST  |         | " + JSON + " | [] | 400 | cannot unmarshal array",
        "POST  |         | "
            + JSON
            + " | {\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\","
            + "\"metadata\":{\"name\":\"x-01\",\"finalizers\":{\"a\":\"b\"}}} | 400"
            + " | ObjectMeta.metadata.finalizers",
        "POST  |         | "
            + JSON
            + " | {\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\",\"metadata\":{}}"
            + " | 422 | name",
        "PUT   | /bad-01 | " + JSON + " | {broken | 400 | could not be decoded",
        "PUT   | /bad-01 | "
            + JSON
            + " | {\"apiVersion\":\"kubevirt.io/v1\",\"kind\":\"VirtualMachine\","
            + "\"metadata\":{\"name\":\"bad-01\",\"labels\":\"x\"}} | 400"
            + " | ObjectMeta.metadata.labels",
      })
  void answersWithAStatus(
      String method, String name, String contentType, String body, int code, String message)
      throws Exception {
    var response = http.send(method, VM + (name == null ? "" : name), contentType, body);

    assertThat(response.statusCode()).isEqualTo(code);
    JsonNode status = Serialization.jsonMapper().readTree(response.body());
    assertThat(status.path("kind").asString()).isEqualTo("Status");
    assertThat(status.path("code").asInt()).isEqualTo(code);
    assertThat(status.path("message").asString()).contains(message);
    assertThat(http.get(VM + "/bad-01").statusCode()).as("the server still answers").isEqualTo(200);
  }
}
