package org.dyad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.engine.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Errors that Jetty answers before a request reaches Javalin (a malformed URI, a bad header, a request it
 * cannot parse) come back as the API's JSON, {@code {"error": ..., "status": ...}}, not as Jetty's HTML. A 503
 * or 429, from Jetty or from dyad, carries {@code Retry-After}.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** The seconds a client is asked to wait before it tries again after a 503 or a 429. */
  static final String RETRY_AFTER = "5";

  @Override
  protected void generateResponse(Request request, Response response, int code, @Nullable String message,
      @Nullable Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    if (retryLater(code)) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER);
    }
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, @Nullable String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    if (retryLater(status)) {
      fields.put(HttpHeader.RETRY_AFTER, RETRY_AFTER);
    }
    return ByteBuffer.wrap(body(status, reason));
  }

  /** Whether an answer of this status asks the client to try again later: 503 and 429 carry Retry-After. */
  static boolean retryLater(int status) {
    return status == 503 || status == 429;
  }

  private static byte[] body(int status, @Nullable String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("error", message == null || message.isBlank() ? "bad request" : message);
    error.put("status", status);
    try {
      return Json.mapper().writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
