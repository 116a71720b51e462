package org.examdesk.knowledge;

/** Turns text into a vector whose direction stands for its meaning: the dense half of search. */
interface Embedder {

  /** A vector for a stored passage (an article section). */
  float[] passage(String text);

  /** A vector for a user's question. */
  float[] query(String text);
}
