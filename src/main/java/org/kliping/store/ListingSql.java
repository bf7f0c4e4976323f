package org.kliping.store;

import org.kliping.domain.ArticleListing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Translates a listing into a WHERE clause, an ORDER BY and a page, with its parameters. */
record ListingSql(String where, String orderAndPage, Object[] params) {

    static ListingSql of(ArticleListing l) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        conditions.add(ArticleStore.LIVE);
        if (l.tag() != null) {
            String key = l.tag().strip().toLowerCase(Locale.ROOT);
            conditions.add("""
                    a.id IN (SELECT at.article_id FROM article_tag at JOIN tag t ON t.id = at.tag_id
                             WHERE t.name_key = ? OR substr(t.name_key, 1, ?) = ?)""");
            params.add(key);
            params.add(key.length() + 1);
            params.add(key + "/");
        }
        if (l.source() != null) {
            conditions.add("a.source = ? COLLATE NOCASE");
            params.add(l.source());
        }
        if (l.feed() > 0) {
            conditions.add("a.id IN (SELECT fi.article_id FROM feed_item fi WHERE fi.feed_id = ?)");
            params.add(l.feed());
        }
        if (l.starredOnly()) conditions.add("a.starred = 1");
        if (l.unreadOnly()) conditions.add("a.is_read = 0");
        String where = " WHERE " + String.join(" AND ", conditions);
        String dir = l.descending() ? " DESC" : " ASC";
        // No "IS NULL" term in front: it would stop SQLite using the column's index. NULL sorts first
        // ascending and last descending, which is where an undated article belongs in a newest-first list.
        String order = " ORDER BY " + column(l.sort()) + dir + ", a.id" + dir;
        String page = l.limit() > 0 ? " LIMIT " + l.limit() + " OFFSET " + l.offset()
                : (l.offset() > 0 ? " LIMIT -1 OFFSET " + l.offset() : "");
        return new ListingSql(where, order + page, params.toArray());
    }

    private static String column(ArticleListing.Sort sort) {
        return switch (sort) {
            case IMPORTED -> "a.imported_at";
            case TITLE -> "a.title COLLATE NOCASE";
            case SOURCE -> "a.source COLLATE NOCASE";
            case PLACE -> "a.place COLLATE NOCASE";
            case PUBLISHED -> "a.published";
        };
    }
}
