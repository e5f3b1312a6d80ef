package io.virtdeck.cluster;

import java.util.List;

/**
 * What the API server answered, with the causes it listed for a refusal ({@code
 * Status.details.causes}: for a 422, each invalid field and why), for views that show each cause
 * against the field it concerns.
 */
public record ApiRefusal(ApiResponse response, List<Cause> causes) {

  /** One cause: the field as the API server names it ({@code spec.running}), and why. */
  public record Cause(String field, String message) {}

  public ApiRefusal {
    causes = List.copyOf(causes);
  }
}
