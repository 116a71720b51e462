package org.examdesk.bot.understanding;

/** Feature indexes with their weights; the indexes are distinct. */
record SparseVector(int[] index, float[] value) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    int size() {
        return index.length;
    }
}
