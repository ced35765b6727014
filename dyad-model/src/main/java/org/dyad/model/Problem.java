package org.dyad.model;

/** Something that went wrong on part of a document; the rest of it is still extracted. */
public record Problem(String message, int start, int end) {}
