package dev.atrium.engine.sync;

import dev.atrium.engine.store.RecordRow;
import dev.atrium.engine.store.RecordWriter;
import dev.atrium.engine.store.SyncCounts;
import dev.atrium.engine.store.UnifiedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Stores the pages of one sync behind the threads that fetch and transform them: one writer thread gathers
 * the pages that arrive within a short while (up to a limit) and stores them in one transaction. Record ids
 * are random, so each transaction rewrites index pages all over the store; gathering thousands of records
 * per transaction writes each page once for many of them, and fetching goes on while the store writes.
 * {@link #flush()} returns once everything submitted is stored, so a checkpoint never runs ahead of its
 * data; a failed write fails the next submit or flush.
 */
final class PageWriter implements AutoCloseable {

    /** Pages that may wait: enough to keep the writer busy, few enough to bound memory. */
    private static final int QUEUE_PAGES = 64;
    /** Records per transaction at most: larger ones hold the store's write lock too long for API writes. */
    private static final int MAX_RECORDS = 20_000;
    /** How long the writer gathers pages before it writes what it has. */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final RecordWriter records;
    private final String integrationId;
    private final String syncId;
    private final boolean stampUnchanged;
    private final Consumer<SyncCounts> onWritten;
    private final Consumer<Long> onStoreNanos;
    private final BlockingQueue<List<RecordRow>> queue = new ArrayBlockingQueue<>(QUEUE_PAGES);
    private final Object progress = new Object();
    private final Thread thread;
    private long submitted;
    private long stored;
    private volatile RuntimeException failure;
    private volatile boolean closing;
    /** Someone waits in flush(): write what is gathered now instead of gathering on. */
    private volatile boolean flushing;

    /** @param stampUnchanged whether unchanged records are stamped as seen (FULL syncs need it) */
    PageWriter(RecordWriter records, String integrationId, String syncId, boolean stampUnchanged,
            Consumer<SyncCounts> onWritten, Consumer<Long> onStoreNanos) {
        this.records = records;
        this.stampUnchanged = stampUnchanged;
        this.integrationId = integrationId;
        this.syncId = syncId;
        this.onWritten = onWritten;
        this.onStoreNanos = onStoreNanos;
        this.thread = new Thread(this::run, "atrium-store-" + syncId);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a page's records; waits while the queue is full. */
    void submit(List<UnifiedRecord> records) {
        throwIfFailed();
        if (records.isEmpty()) {
            return;
        }
        List<RecordRow> page = records.stream().map(UnifiedRecord::row).toList();
        try {
            while (!queue.offer(page, 100, TimeUnit.MILLISECONDS)) {
                throwIfFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing records for the store", e);
        }
        // Counted once queued: a page that never got into the queue must not keep flush() waiting.
        synchronized (progress) {
            submitted++;
        }
    }

    /** Waits until every page submitted so far is stored. */
    void flush() {
        synchronized (progress) {
            long target = submitted;
            flushing = true;
            while (stored < target && failure == null && thread.isAlive()) {
                try {
                    progress.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the store", e);
                }
            }
            flushing = false;
        }
        throwIfFailed();
    }

    private void run() {
        List<List<RecordRow>> pages = new ArrayList<>();
        while (true) {
            List<RecordRow> first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                if (closing) {
                    return;
                }
                continue;
            }
            pages.clear();
            pages.add(first);
            int size = first.size();
            long deadline = System.nanoTime() + GATHER_NANOS;
            while (size < MAX_RECORDS && !flushing && !closing) {
                long left = deadline - System.nanoTime();
                List<RecordRow> next;
                try {
                    next = left <= 0 ? queue.poll() : queue.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(20)),
                            TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    break;
                }
                if (next != null) {
                    pages.add(next);
                    size += next.size();
                } else if (left <= 0) {
                    break;
                }
            }
            while (size < MAX_RECORDS && queue.peek() != null) {
                List<RecordRow> next = queue.poll();
                pages.add(next);
                size += next.size();
            }
            write(pages, size);
        }
    }

    private void write(List<List<RecordRow>> pages, int size) {
        if (failure == null) {
            List<RecordRow> batch = new ArrayList<>(size);
            pages.forEach(batch::addAll);
            long start = System.nanoTime();
            try {
                onWritten.accept(records.upsert(integrationId, syncId, batch, System.currentTimeMillis(),
                        stampUnchanged));
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                onStoreNanos.accept(System.nanoTime() - start);
            }
        }
        synchronized (progress) {
            stored += pages.size();
            progress.notifyAll();
        }
    }

    private void throwIfFailed() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    /** Stores what is still queued, then stops the writer thread. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
