package org.dyad.engine.read;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A file system's stream over bytes in memory: seekable, and giving at most a given number of bytes a read. */
final class Trickle implements SeekableByteChannel {
  private final byte[] bytes;
  private final int perRead;
  private int at;
  private boolean open = true;

  Trickle(byte[] bytes, int perRead) {
    this.bytes = bytes;
    this.perRead = perRead;
  }

  @Override
  public int read(ByteBuffer dst) {
    if (at >= bytes.length) {
      return -1;
    }
    int n = Math.min(perRead, Math.min(dst.remaining(), bytes.length - at));
    dst.put(bytes, at, n);
    at += n;
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return at;
  }

  @Override
  public Trickle position(long p) {
    at = (int) Math.min(p, bytes.length);
    return this;
  }

  @Override
  public long size() {
    return bytes.length;
  }

  @Override
  public Trickle truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}
