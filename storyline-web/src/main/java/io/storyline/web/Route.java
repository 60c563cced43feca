package io.storyline.web;

import io.javalin.http.Handler;

/**
 * One API route. The OpenAPI document lists exactly these (a test checks).
 *
 * @param method {@code GET} or {@code POST}
 * @param path   Javalin path with {@code {name}} parameters, the same form OpenAPI uses
 * @param write  whether it changes data (then the write rules of {@link RequestGuard} apply)
 */
public record Route(String method, String path, boolean write, Handler handler) {
  static Route get(String path, Handler handler) {
    return new Route("GET", path, false, handler);
  }

  static Route post(String path, Handler handler) {
    return new Route("POST", path, true, handler);
  }
}
