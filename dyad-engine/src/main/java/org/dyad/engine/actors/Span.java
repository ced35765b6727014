package org.dyad.engine.actors;

/** A dictionary match or NER span over tokens {@code [first, last]} of one sentence, and its offsets. */
record Span(int first, int last, int start, int end) {
  boolean overlaps(Span o) {
    return first <= o.last && o.first <= last;
  }

  boolean contains(Span o) {
    return first <= o.first && o.last <= last;
  }
}
