package com.studybot.adapter.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A directory whose disk fills up on demand: after {@link #fillAfter} more bytes, every write fails as Linux's. */
final class FullDisk extends FilterDirectory {
    private final AtomicLong room = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong written = new AtomicLong();

    FullDisk(Directory in) {
        super(in);
    }

    /** From now on, writes fail once {@code bytes} more bytes were written. */
    void fillAfter(long bytes) {
        room.set(bytes);
    }

    /** Bytes written so far. */
    long written() {
        return written.get();
    }

    /** Space was freed. */
    void free() {
        room.set(Long.MAX_VALUE);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Metered(name, in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        IndexOutput out = in.createTempOutput(prefix, suffix, context);
        return new Metered(out.getName(), out);
    }

    private final class Metered extends FilterIndexOutput {
        Metered(String name, IndexOutput out) {
            super("full disk " + name, name, out);
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        private void take(int bytes) throws IOException {
            if (room.addAndGet(-bytes) < 0) {
                room.set(-1); // stays full until freed
                throw new IOException("No space left on device");
            }
            written.addAndGet(bytes);
        }
    }
}
