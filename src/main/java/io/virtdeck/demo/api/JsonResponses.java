package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.MockResponse;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Builds JSON {@link MockResponse}s. */
final class JsonResponses {

  static final String CONTENT_TYPE = "Content-Type";
  static final String APPLICATION_JSON = "application/json";

  private JsonResponses() {}

  /** The buffer's content as UTF-8 text, without consuming it (unlike {@code readUtf8}). */
  static String text(@Nullable Buffer buffer) {
    return buffer == null ? "" : new String(buffer.getBytes(), StandardCharsets.UTF_8);
  }

  /** A response with the given code and the object serialized as JSON. */
  static MockResponse json(int code, Object body) {
    String text = body instanceof String string ? string : Serialization.asJson(body);
    return new MockResponse()
        .setResponseCode(code)
        .setHeader(CONTENT_TYPE, APPLICATION_JSON)
        .setBody(text);
  }
}
