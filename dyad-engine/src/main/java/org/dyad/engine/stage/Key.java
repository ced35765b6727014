package org.dyad.engine.stage;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed slot of a document's {@link Analysis}: what a {@link Stage} requires or produces, with the type of
 * its value, checked when a stage puts one. Two keys are the same key only when they are the same object, so
 * each is declared once: dyad's own are the constants of {@link Keys}.
 *
 * <pre>{@code
 * static final Key<List<Timex>> TIMEXES = Key.list("timexes", Timex.class);
 * static final Key<Summary> SUMMARY = Key.of("summary", Summary.class, Summary.NONE);
 * }</pre>
 *
 * @param <T> the type of the value held under the key
 */
public final class Key<T> {
  private final String name;
  private final Class<?> type;
  private final @Nullable Class<?> element;
  private final T empty;

  private Key(String name, Class<?> type, @Nullable Class<?> element, T empty) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.element = element;
    this.empty = check(Objects.requireNonNull(empty, "empty"));
  }

  /**
   * A key whose values are instances of {@code type}.
   *
   * @param name what the slot holds, for messages ("summary")
   * @param empty the value the slot takes when its stage fails on a document: nothing found
   */
  public static <T> Key<T> of(String name, Class<T> type, T empty) {
    return new Key<>(name, type, null, empty);
  }

  /** A key whose values are lists of {@code element}s, empty when its stage fails. */
  public static <E> Key<List<E>> list(String name, Class<E> element) {
    return new Key<>(name, List.class, element, List.of());
  }

  public String name() {
    return name;
  }

  /** The class every value under this key is an instance of ({@code List} for a list key). */
  public Class<?> type() {
    return type;
  }

  /** The value of a slot whose stage failed: nothing found. */
  public T empty() {
    return empty;
  }

  /** {@code value}, checked to be of this key's type (and, for a list, every element of its element type). */
  T check(T value) {
    boolean ok = type.isInstance(value);
    if (ok && element != null) {
      for (Object e : (List<?>) value) {
        ok &= element.isInstance(e);
      }
    }
    if (!ok) {
      throw new IllegalArgumentException("key " + this + " cannot hold " + value);
    }
    return value;
  }

  /** The name and the value type, as messages show it: {@code entities (List<Entity>)}. */
  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + (element == null ? "" : "<" + element.getSimpleName() + ">") + ")";
  }
}
