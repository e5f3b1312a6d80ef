package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Rewriting of the store's error answers into API server Status objects. */
class StatusResponsesTest {

  @Test
  void successIsPassedOnUnchanged() {
    MockResponse ok = new MockResponse().setResponseCode(200).setBody("{}");
    assertThat(StatusResponses.rewrite(request(HttpMethod.GET, "/api/v1/nodes"), ok, null))
        .isSameAs(ok);
  }

  @Test
  void forbiddenKeepsTheMessageAndNamesTheResource() {
    MockResponse forbidden =
        new MockResponse()
            .setResponseCode(403)
            .setBody("{\"kind\":\"Status\",\"message\":\"helpdesk may not delete\"}");

    Status status =
        status(
            StatusResponses.rewrite(
                request(HttpMethod.DELETE, "/api/v1/namespaces/prod/pods/p-1"), forbidden, null));

    assertThat(status.getCode()).isEqualTo(403);
    assertThat(status.getReason()).isEqualTo("Forbidden");
    assertThat(status.getStatus()).isEqualTo("Failure");
    assertThat(status.getMessage()).isEqualTo("helpdesk may not delete");
    assertThat(status.getDetails().getKind()).isEqualTo("pods");
    assertThat(status.getDetails().getGroup()).isNull();
    assertThat(status.getDetails().getName()).isEqualTo("p-1");
  }

  @Test
  void bareNotFoundOfACoreObjectGetsAMessage() {
    MockResponse notFound = new MockResponse().setResponseCode(404);

    Status status =
        status(
            StatusResponses.rewrite(
                request(HttpMethod.GET, "/api/v1/namespaces/prod/persistentvolumeclaims/disk-1"),
                notFound,
                null));

    assertThat(status.getReason()).isEqualTo("NotFound");
    assertThat(status.getMessage()).isEqualTo("persistentvolumeclaims \"disk-1\" not found");
    assertThat(status.getApiVersion()).isEqualTo("v1");
    assertThat(status.getKind()).isEqualTo("Status");
  }

  @Test
  void createConflictNamesTheObjectFromTheBody() {
    MockResponse conflict = new MockResponse().setResponseCode(409);

    Status status =
        status(
            StatusResponses.rewrite(
                request(
                    HttpMethod.POST, "/apis/cdi.kubevirt.io/v1beta1/namespaces/prod/datavolumes"),
                conflict,
                "{\"metadata\":{\"name\":\"dv-1\"}}"));

    assertThat(status.getReason()).isEqualTo("AlreadyExists");
    assertThat(status.getMessage())
        .isEqualTo("datavolumes.cdi.kubevirt.io \"dv-1\" already exists");
  }

  private static RecordedRequest request(HttpMethod method, String path) {
    return new RecordedRequest("HTTP/1.1", method, path, Headers.builder().build(), new Buffer());
  }

  private static Status status(MockResponse response) {
    assertThat(response.header("Content-Type")).isEqualTo("application/json");
    return Serialization.unmarshal(JsonResponses.text(response.getBody()), Status.class);
  }
}
