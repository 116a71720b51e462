package org.examdesk.bot.understanding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.examdesk.knowledge.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Understands messages: embeds a message once and asks the trained {@link IntentModel} what it is about. Trained at
 * start-up from the examples the flows declare; the trained model and the example embeddings are kept under the
 * cache folder, keyed by the examples' content, so a warm start only reads them.
 */
public final class Understanding {
    private static final Logger log = LoggerFactory.getLogger(Understanding.class);
    /** Changes whenever the features or the training change, so an old cached model is not reused. */
    private static final String MODEL_VERSION = "intent-model-2";
    /** Longer messages are cut for the embedding (the lexical features see all of it). */
    static final int MAX_EMBEDDED_CHARS = 600;

    private final Embedder embedder;
    private final IntentModel model;

    Understanding(Embedder embedder, IntentModel model) {
        this.embedder = embedder;
        this.model = model;
    }

    /** Loads the cached model for these examples, or trains (and caches) it; {@code cacheDir} may be null. */
    public static Understanding train(List<Example> examples, Embedder embedder, Path cacheDir) {
        return train(examples, embedder, cacheDir, Softmax.Settings.DEFAULT);
    }

    /**
     * Trains, uncached, with the settings the classifier had before they were cross-validated for bge-small (the
     * embedding weighing as much as the lexical features, a smaller step): for the flows' unit tests, whose
     * stand-in embedding (hashed words) the settings chosen for a real sentence embedding would over-trust.
     */
    public static Understanding trainForStandIn(List<Example> examples, Embedder standIn) {
        return train(examples, standIn, null, Softmax.Settings.STAND_IN);
    }

    private static Understanding train(
            List<Example> examples, Embedder embedder, Path cacheDir, Softmax.Settings settings) {
        long started = System.nanoTime();
        Path modelFile = cacheDir == null ? null : cacheDir.resolve("model-" + key(examples) + ".bin");
        IntentModel model = modelFile == null ? null : read(modelFile);
        String how = "loaded";
        if (model == null) {
            VectorCache vectors = new VectorCache(cacheDir == null ? null : cacheDir.resolve("embeddings.bin"));
            vectors.fill(examples.stream().map(Example::text).toList(), t -> embed(embedder, t));
            model = IntentModel.train(examples, vectors::get, settings);
            if (modelFile != null) {
                write(model, modelFile);
            }
            how = "trained";
        }
        log.info(
                "Understanding {} in {} ms: {} intents from {} examples, none-threshold {}",
                how,
                (System.nanoTime() - started) / 1_000_000,
                model.intents().size(),
                examples.size(),
                model.threshold());
        return new Understanding(embedder, model);
    }

    /** One message: embedded once, classified; the vector is kept for whoever needs it next in the turn. */
    public Understood understand(String text) {
        float[] vector = embed(embedder, text);
        return new Understood(text, model.predict(text, vector), vector);
    }

    public IntentModel model() {
        return model;
    }

    static float[] embed(Embedder embedder, String text) {
        String cut = text.length() > MAX_EMBEDDED_CHARS ? text.substring(0, MAX_EMBEDDED_CHARS) : text;
        return embedder.passage(cut.isBlank() ? "?" : cut);
    }

    private static String key(List<Example> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((MODEL_VERSION + Softmax.Settings.DEFAULT + Softmax.Settings.ACTS)
                    .getBytes(StandardCharsets.UTF_8));
            for (Example e : examples) {
                digest.update((e.intent() + "\t" + e.act() + "\t" + e.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntentModel read(Path file) {
        if (!Files.isReadable(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return IntentModel.read(in);
        } catch (IOException e) {
            log.warn("Retraining: the cached model {} is unreadable ({})", file, e.toString());
            return null;
        }
    }

    private static void write(IntentModel model, Path file) {
        try {
            CacheFile.write(file, model::write);
        } catch (IOException e) {
            log.warn("Could not cache the trained model in {}: {}", file, e.toString());
        }
    }
}
