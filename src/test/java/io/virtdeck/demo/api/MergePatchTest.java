package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** JSON merge patch against every example of RFC 7386, Appendix A (and the one of section 3). */
class MergePatchTest {

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{\"a\":\"b\"}                | {\"a\":\"c\"}                    | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                | {\"b\":\"c\"}                    | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                | {\"a\":null}                     | {}",
        "{\"a\":\"b\",\"b\":\"c\"}    | {\"a\":null}                     | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}              | {\"a\":\"c\"}                    | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                | {\"a\":[\"b\"]}                  | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}        | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}      | {\"a\":[1]}                      | {\"a\":[1]}",
        "[\"a\",\"b\"]                | [\"c\",\"d\"]                    | [\"c\",\"d\"]",
        "{\"a\":\"b\"}                | [\"c\"]                          | [\"c\"]",
        "{\"a\":\"foo\"}              | null                             | null",
        "{\"a\":\"foo\"}              | \"bar\"                          | \"bar\"",
        "{\"e\":null}                 | {\"a\":1}                        | {\"e\":null,\"a\":1}",
        "[1,2]                        | {\"a\":\"b\",\"c\":null}         | {\"a\":\"b\"}",
        "{}                           | {\"a\":{\"bb\":{\"ccc\":null}}}  | {\"a\":{\"bb\":{}}}",
        // section 3
        "{\"title\":\"Goodbye!\",\"author\":{\"givenName\":\"John\",\"familyName\":\"Doe\"},"
            + "\"tags\":[\"example\",\"sample\"],\"content\":\"This will be unchanged\"}"
            + " | {\"title\":\"Hello!\",\"phoneNumber\":\"+01-123-456-7890\","
            + "\"author\":{\"familyName\":null},\"tags\":[\"example\"]}"
            + " | {\"title\":\"Hello!\",\"author\":{\"givenName\":\"John\"},"
            + "\"tags\":[\"example\"],\"content\":\"This will be unchanged\","
            + "\"phoneNumber\":\"+01-123-456-7890\"}",
        // the demo's own case: lists are replaced, never appended to
        "{\"metadata\":{\"finalizers\":[\"a\"]}} | {\"metadata\":{\"finalizers\":[\"b\"]}}"
            + " | {\"metadata\":{\"finalizers\":[\"b\"]}}"
      })
  void appliesTheRfcExamples(String target, String patch, String result) {
    JsonNode original = json(target);

    assertThat(MergePatch.apply(original, json(patch))).isEqualTo(json(result));
    assertThat(original).as("the target is not changed").isEqualTo(json(target));
  }

  private static JsonNode json(String text) {
    return Serialization.jsonMapper().readTree(text);
  }
}
