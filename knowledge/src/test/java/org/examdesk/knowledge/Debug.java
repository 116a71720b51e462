package org.examdesk.knowledge;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.*;

public final class Debug {
  public static void main(String[] args) throws Exception {
    try (KnowledgeBase kb = KnowledgeBase.open(new KnowledgeConfig(Path.of("articles"), Map.of(), false))) {
      java.lang.reflect.Field f = KnowledgeBase.class.getDeclaredField("index");
      f.setAccessible(true);
      ArticleIndex index = (ArticleIndex) f.get(kb);
      var s = index.acquire();
      IndexReader r = s.getIndexReader();
      System.out.println("leaves " + r.leaves().size() + " numDocs " + r.numDocs());
      for (String q : args) {
        var typed = QuestionTerms.analyse(Analysis.english(), ArticleDocument.ALL, q);
        var top = kb.searchWithFeatures(SearchRequest.of(q, 3));
        String id = top.hits().get(0).id();
        int doc = s.search(new org.apache.lucene.search.TermQuery(new Term("id", id)), 1).scoreDocs[0].doc;
        for (var t : typed.tokens()) {
          Term term = new Term(ArticleDocument.ALL, t.term());
          var leaf = r.leaves().get(ReaderUtil.subIndex(doc, r.leaves()));
          var p = leaf.reader().postings(term, PostingsEnum.NONE);
          int got = p == null ? -2 : p.advance(doc - leaf.docBase);
          System.out.println(id + " " + t + " df=" + r.docFreq(term) + " adv=" + got + " doc=" + doc);
        }
      }
    }
  }
}
