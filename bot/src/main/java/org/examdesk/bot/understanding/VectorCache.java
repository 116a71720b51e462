package org.examdesk.bot.understanding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of the example texts, kept in a file so that a warm start embeds only examples it has not seen. The
 * file is a cache: when it is missing or unreadable everything is embedded again.
 */
final class VectorCache {
    private static final Logger log = LoggerFactory.getLogger(VectorCache.class);
    private static final int VERSION = 1;

    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    VectorCache(Path file) {
        this.file = file;
        if (file != null && Files.isReadable(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == VERSION) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        vectors.put(in.readUTF(), Softmax.readFloats(in));
                    }
                }
            } catch (IOException e) {
                log.warn("Ignoring the unreadable embedding cache {}: {}", file, e.toString());
                vectors.clear();
            }
        }
    }

    /** Embeds the texts not yet cached, on every core, and saves the cache when anything was added. */
    void fill(Collection<String> texts, Function<String, float[]> embed) {
        List<String> missing =
                texts.stream().distinct().filter(t -> !vectors.containsKey(t)).toList();
        if (missing.isEmpty()) {
            return;
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> done = missing.stream()
                    .map(t -> pool.submit(() -> vectors.put(t, embed.apply(t))))
                    .<Future<?>>map(f -> f)
                    .toList();
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while embedding the examples", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not embed the examples", e.getCause());
        } finally {
            pool.shutdown();
        }
        save();
    }

    float[] get(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            throw new IllegalStateException("Not embedded: " + text);
        }
        return v;
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            CacheFile.write(file, out -> {
                out.writeInt(VERSION);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    Softmax.writeFloats(out, e.getValue());
                }
            });
        } catch (IOException e) {
            log.warn("Could not save the embedding cache {}: {}", file, e.toString());
        }
    }
}
