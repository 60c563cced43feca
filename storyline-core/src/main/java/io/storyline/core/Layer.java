package io.storyline.core;

import java.util.List;
import java.util.Objects;

/**
 * A typed key for one kind of annotation on an {@link Article} (debris spans, language, sentences,
 * and, later, times, entities, events). Stages declare the layers they require and provide, and the
 * {@link Pipeline} checks the order once when it is built.
 *
 * @param <T> the value stored under this key
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> elementType;
  private final boolean list;
  private final String usualProvider;

  private Layer(String name, Class<?> elementType, boolean list, String usualProvider) {
    this.name = Objects.requireNonNull(name, "name");
    this.elementType = Objects.requireNonNull(elementType, "elementType");
    this.list = list;
    this.usualProvider = Objects.requireNonNull(usualProvider, "usualProvider");
  }

  /** A layer holding one value. */
  public static <T> Layer<T> single(String name, Class<T> type, String usualProvider) {
    return new Layer<>(name, type, false, usualProvider);
  }

  /** A layer holding an immutable list of values. */
  public static <E> Layer<List<E>> list(String name, Class<E> elementType, String usualProvider) {
    return new Layer<>(name, elementType, true, usualProvider);
  }

  public String name() {
    return name;
  }

  /** The value type, or the element type when {@link #isList()}. */
  public Class<?> elementType() {
    return elementType;
  }

  public boolean isList() {
    return list;
  }

  /** Name of the stage that usually provides this layer, used in pipeline error messages. */
  public String usualProvider() {
    return usualProvider;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer<?> other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
