package org.kliping.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;

/**
 * The boundaries of another {@link BreakIterator}, found by walking it forward only, kept, and answered by
 * binary search. The highlighter asks for the sentence around each match ({@link #preceding}, then
 * {@link #following}); the JDK's sentence iterator answers {@code preceding} by stepping back to a safe point and
 * scanning forward again, a large part of building a page's snippets (a profile). Matches come
 * left to right, so one forward walk up to the last match serves every question, with the same answers.
 */
final class ForwardBreaks extends BreakIterator {
    private final BreakIterator inner;
    private int[] bounds = new int[64];
    private int count;
    private boolean walkedToEnd;
    private int position;

    ForwardBreaks(BreakIterator inner) {
        this.inner = inner;
        setText("");
    }

    @Override
    public void setText(CharacterIterator text) {
        inner.setText(text);
        count = 0;
        position = 0;
        walkedToEnd = false;
        add(inner.first());
    }

    @Override
    public CharacterIterator getText() {
        return inner.getText();
    }

    @Override
    public int first() {
        position = 0;
        return bounds[0];
    }

    @Override
    public int last() {
        walkTo(Integer.MAX_VALUE);
        position = count - 1;
        return bounds[position];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (; n > 0 && result != DONE; n--) result = next();
        for (; n < 0 && result != DONE; n++) result = previous();
        return result;
    }

    @Override
    public int next() {
        if (position + 1 >= count && !walkedToEnd) walkOne();
        if (position + 1 >= count) return DONE;
        return bounds[++position];
    }

    @Override
    public int previous() {
        if (position == 0) return DONE;
        return bounds[--position];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        walkTo(offset);
        int i = firstAbove(offset);
        if (i == count) {
            position = count - 1;
            return DONE;
        }
        position = i;
        return bounds[i];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        walkTo(offset - 1);
        int i = firstAbove(offset - 1) - 1; // the last boundary below offset
        if (i < 0) {
            position = 0;
            return DONE;
        }
        position = i;
        return bounds[i];
    }

    @Override
    public int current() {
        return bounds[position];
    }

    /** Walks on until a boundary above {@code offset} is known, or the text ends. */
    private void walkTo(int offset) {
        while (!walkedToEnd && bounds[count - 1] <= offset) walkOne();
    }

    /** The inner iterator only ever moves forward, from the last known boundary. */
    private void walkOne() {
        int b = inner.next();
        if (b == DONE || b <= bounds[count - 1]) {
            walkedToEnd = true;
        } else {
            add(b);
        }
    }

    /** Index of the first known boundary above {@code offset}, {@code count} when none is. */
    private int firstAbove(int offset) {
        int i = Arrays.binarySearch(bounds, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void add(int boundary) {
        if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
        bounds[count++] = boundary;
    }

    private void checkOffset(int offset) {
        CharacterIterator text = inner.getText();
        if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text");
        }
    }
}
