package org.examdesk.admin.results.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Small TrueType fonts cut from a big one: a base set of characters plus the extra ones a letter needs, kept by
 * extra set (least recently used dropped past {@link #SIZE}). Most names need no extra character at all.
 */
final class SubsetCache implements AutoCloseable {
    static final Set<Integer> PRINTABLE_ASCII =
            IntStream.rangeClosed(0x20, 0x7E).boxed().collect(Collectors.toUnmodifiableSet());
    private static final int SIZE = 256;
    /** What a PDF renderer and text extraction need; layout tables (GSUB, GPOS, kern) are left out. */
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "OS/2", "post",
            "name");

    private final TrueTypeFont font;
    private final Set<Integer> base;
    private final Map<Set<Integer>, TrueTypeFont> cache = new LinkedHashMap<>(64, 0.75f, true);

    SubsetCache(TrueTypeFont font, Set<Integer> base) {
        this.font = font;
        this.base = base;
    }

    TrueTypeFont subset(Set<Integer> extra) throws IOException {
        TrueTypeFont cached = cache.get(extra);
        if (cached != null) {
            return cached;
        }
        Set<Integer> all = new TreeSet<>(base);
        all.addAll(extra);
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addAll(all);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        TrueTypeFont made = new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
        made.setEnableGsub(false);
        cache.put(Set.copyOf(extra), made);
        if (cache.size() > SIZE) {
            var eldest = cache.entrySet().iterator().next();
            eldest.getValue().close();
            cache.remove(eldest.getKey());
        }
        return made;
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont made : cache.values()) {
            made.close();
        }
        cache.clear();
    }
}
