package io.virtdeck.task;

import io.virtdeck.cluster.ApiResponse;

/** Turns an API server's refusal into a sentence for the task. */
final class ApiErrors {

  private ApiErrors() {}

  static Message sentence(ApiResponse response) {
    return switch (response.code()) {
      case 0 -> Message.of("task.failed.unreachable", response.message());
      case 401, 403 -> Message.of("task.failed.forbidden-api", response.message());
      case 404 -> Message.of("task.failed.not-found", response.message());
      case 409 -> Message.of("task.failed.conflict", response.message());
      case 422, 400 -> Message.of("task.failed.invalid", response.message());
      default -> Message.of("task.failed.api", String.valueOf(response.code()), response.message());
    };
  }
}
