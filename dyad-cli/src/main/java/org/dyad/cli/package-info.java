/**
 * The {@code dyad} command: thin picocli adapters over {@link org.dyad.engine.Engine}. Exit codes: 0 all
 * went well, 1 some input failed or a floor was missed, 2 bad usage.
 */
@NullMarked
package org.dyad.cli;

import org.jspecify.annotations.NullMarked;
