package io.storyline.web;

/** An error answered as {@code {error, detail}} with an HTTP status; {@code error} is a short stable code. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String error;

  ApiException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "bad-request", detail);
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, "not-found", detail);
  }

  static ApiException tooLarge(long limit) {
    return new ApiException(413, "too-large", "the request body is over the limit of " + limit + " bytes");
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }
}
