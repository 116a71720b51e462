package org.examdesk.knowledge;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The articles by id, and their view counts; safe to read while the watcher writes. */
final class Catalog {

    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private volatile Map<String, Long> views = Map.of();

    void put(Article article) {
        articles.put(article.id(), article);
    }

    void remove(String id) {
        articles.remove(id);
    }

    Optional<Article> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(articles.get(id));
    }

    /** All articles, ordered by id. */
    List<Article> all() {
        return articles.values().stream()
                .sorted(Comparator.comparing(Article::id))
                .toList();
    }

    int size() {
        return articles.size();
    }

    long views(String id) {
        return views.getOrDefault(id, 0L);
    }

    /** Replaces all view counts; ids not given have 0 views, negative counts count as 0. */
    void setViews(Map<String, Long> viewsById) {
        Map<String, Long> copy = new HashMap<>();
        viewsById.forEach((id, count) -> {
            if (id != null && count != null) {
                copy.put(id, Math.max(0L, count));
            }
        });
        this.views = Map.copyOf(copy);
    }
}
