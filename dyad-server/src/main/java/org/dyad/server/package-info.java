/**
 * {@code dyad serve}: an HTTP API and a web UI over a store and the engine, in one process.
 *
 * <p>{@link org.dyad.server.Server} wires the routes (listed in the OpenAPI document
 * {@code org/dyad/server/openapi.json}, served at {@code /openapi.json}) and the static web UI
 * ({@code org/dyad/server/web}, plain HTML, CSS and JavaScript: no build step).
 *
 * <p>Hints, tips and traps: a {@link org.dyad.store.Store} is one JDBC connection for one thread at a time, so the
 * server keeps a small {@link org.dyad.server.StorePool} of them on the same database and writes from one at a
 * time. Article text reaches the browser only as JSON strings and is put in the page with {@code textContent},
 * never as HTML; the pages also carry a Content-Security-Policy that forbids inline scripts. Request values
 * reach SQL only as statement parameters, through {@link org.dyad.store.Queries}.
 */
@NullMarked
package org.dyad.server;

import org.jspecify.annotations.NullMarked;
