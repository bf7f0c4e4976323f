package org.kliping.service;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.ProgressListener;
import org.kliping.domain.Tag;
import org.kliping.store.TagStore;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Tagging, and renaming, merging, colouring and deleting tags; every change reaches the index. */
public final class TagService {

    /** Longer names are typing accidents, not tags; the index would cut them anyway. */
    static final int MAX_TAG_CHARS = 200;

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}|[a-z]{3,20}");

    private final TagStore tags;
    private final IndexSync sync;

    TagService(TagStore tags, IndexSync sync) {
        this.tags = tags;
        this.sync = sync;
    }

    /** Adds and removes tags on articles in one step. */
    public void tag(Collection<Long> articleIds, Collection<String> add, Collection<String> remove) {
        if (articleIds.isEmpty()) throw new InvalidInputException("no article given to tag");
        if (!add.isEmpty()) tags.add(articleIds, add.stream().map(TagService::checkedName).toList());
        if (!remove.isEmpty()) tags.remove(articleIds, remove);
        sync.catchUp(ProgressListener.NONE);
    }

    private static String checkedName(String name) {
        String n = Tag.normalise(name);
        if (n.length() > MAX_TAG_CHARS) {
            throw new InvalidInputException("a tag has at most " + MAX_TAG_CHARS + " characters, not " + n.length()
                    + " ('" + n.substring(0, 40) + "...')");
        }
        return n;
    }

    public List<Tag> all() {
        return tags.all();
    }

    public List<String> tagsOf(long articleId) {
        return tags.tagsOf(articleId);
    }

    /** The tags of many articles in one call, by id (an article without tags is absent). */
    public java.util.Map<Long, List<String>> tagsOf(Collection<Long> articleIds) {
        return tags.tagsOf(articleIds);
    }

    /** Every tag any of these articles has, once each, in name order (to prefill a tag editor for a selection). */
    public List<String> unionOf(Collection<Long> articleIds) {
        java.util.TreeMap<String, String> byKey = new java.util.TreeMap<>();
        for (List<String> names : tags.tagsOf(articleIds).values()) {
            for (String n : names) byKey.putIfAbsent(new Tag(n).key(), n);
        }
        return List.copyOf(byKey.values());
    }

    /** Renames a tag with its children; renaming onto an existing tag merges them. */
    public void rename(String oldName, String newName) {
        tags.rename(oldName, checkedName(newName));
        sync.catchUp(ProgressListener.NONE);
    }

    public void delete(String name) {
        tags.delete(name);
        sync.catchUp(ProgressListener.NONE);
    }

    /** Sets a tag's colour: {@code #rrggbb} or a CSS colour name; null or empty clears it. */
    public void setColor(String name, String color) {
        String c = color == null || color.isBlank() ? null : color.strip();
        if (c != null && !COLOR.matcher(c).matches()) {
            throw new InvalidInputException("colour '" + color + "' is not #rrggbb or a colour name");
        }
        tags.setColor(name, c);
    }
}
