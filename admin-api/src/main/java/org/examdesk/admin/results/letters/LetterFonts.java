package org.examdesk.admin.results.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts shipped in {@code resources/fonts}: DejaVu Sans (Latin, Greek, Cyrillic) and Droid Sans Fallback
 * (Chinese, Japanese, Korean), parsed once per job. Glyph substitution (ligatures) is off: letters need none, and
 * it was a quarter of the time. Not thread-safe: one instance per job.
 */
final class LetterFonts implements AutoCloseable {
    private final TrueTypeFont primary;
    private final TrueTypeFont fallback;
    private final CmapLookup primaryCmap;
    private final CmapLookup fallbackCmap;
    private final SubsetCache primarySubsets;
    private final SubsetCache fallbackSubsets;
    /** Fonts embedded once in a holder document and shared by every one-page document (same bytes each time). */
    private final PDDocument holder = new PDDocument();

    private final Map<TrueTypeFont, PDType0Font> shared = new IdentityHashMap<>();
    private final Map<Integer, Float> advances = new HashMap<>();

    private LetterFonts(TrueTypeFont primary, TrueTypeFont fallback) throws IOException {
        this.primary = primary;
        this.fallback = fallback;
        this.primaryCmap = primary.getUnicodeCmapLookup();
        this.fallbackCmap = fallback.getUnicodeCmapLookup();
        this.primarySubsets = new SubsetCache(primary, SubsetCache.PRINTABLE_ASCII);
        this.fallbackSubsets = new SubsetCache(fallback, Set.of());
    }

    static LetterFonts load() {
        try {
            return new LetterFonts(parse("/fonts/DejaVuSans.ttf"), parse("/fonts/DroidSansFallback.ttf"));
        } catch (IOException e) {
            throw new UncheckedIOException("The letter fonts in resources/fonts cannot be read", e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = LetterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the classpath");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return font;
        }
    }

    /** Advance width of a character in thousandths of the font size (fallback glyphs are square: 1000). */
    float advance(int codePoint) throws IOException {
        Float known = advances.get(codePoint);
        if (known != null) {
            return known;
        }
        int gid = primaryCmap.getGlyphId(codePoint);
        float width = gid == 0 ? 1000f : primary.getAdvanceWidth(gid) * 1000f / primary.getUnitsPerEm();
        advances.put(codePoint, width);
        return width;
    }

    /** Which font draws a code point: 0 primary, 1 fallback, -1 neither. */
    int fontFor(int codePoint) {
        if (primaryCmap.getGlyphId(codePoint) != 0) {
            return 0;
        }
        return fallbackCmap.getGlyphId(codePoint) != 0 ? 1 : -1;
    }

    /** For a document with many pages: the big fonts, subset by PDFBox when the document is saved. */
    Bound subsetOnSave(PDDocument doc) {
        return new Bound(doc, primary, fallback, true);
    }

    /**
     * For a one-page document: small fonts made beforehand with exactly the characters of {@code texts} (plus
     * printable ASCII), cached by character set, so ten thousand documents do not subset the big font each time.
     */
    Bound prepared(PDDocument doc, String... texts) throws IOException {
        Set<Integer> extraPrimary = new TreeSet<>();
        Set<Integer> extraFallback = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                text.codePoints().forEach(cp -> {
                    int font = fontFor(cp);
                    if (font == 0 && !SubsetCache.PRINTABLE_ASCII.contains(cp)) {
                        extraPrimary.add(cp);
                    } else if (font == 1) {
                        extraFallback.add(cp);
                    }
                });
            }
        }
        return new Bound(
                doc,
                primarySubsets.subset(extraPrimary),
                extraFallback.isEmpty() ? null : fallbackSubsets.subset(extraFallback),
                false);
    }

    /** The fonts as one document uses them; the fallback is embedded only if a letter needs it. */
    final class Bound {
        private final PDDocument doc;
        private final TrueTypeFont regularFont;
        private final TrueTypeFont extraFont;
        private final boolean subset;
        private PDType0Font regular;
        private PDType0Font extra;

        private Bound(PDDocument doc, TrueTypeFont regularFont, TrueTypeFont extraFont, boolean subset) {
            this.doc = doc;
            this.regularFont = regularFont;
            this.extraFont = extraFont;
            this.subset = subset;
        }

        PDType0Font font(int index) throws IOException {
            if (index == 0) {
                if (regular == null) {
                    regular = load(regularFont);
                }
                return regular;
            }
            if (extra == null) {
                extra = load(extraFont == null ? fallback : extraFont);
            }
            return extra;
        }

        private PDType0Font load(TrueTypeFont font) throws IOException {
            if (subset) {
                return PDType0Font.load(doc, font, true);
            }
            PDType0Font made = shared.get(font);
            if (made == null) {
                made = PDType0Font.load(holder, font, false);
                shared.put(font, made);
            }
            return made;
        }

        LetterFonts fonts() {
            return LetterFonts.this;
        }
    }

    @Override
    public void close() {
        try {
            holder.close();
            primarySubsets.close();
            fallbackSubsets.close();
            primary.close();
            fallback.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
