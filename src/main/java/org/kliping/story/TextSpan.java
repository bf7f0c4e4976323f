package org.kliping.story;

/** A range {@code [start, end)} of an article body. */
record TextSpan(int start, int end) {
    String of(String text) {
        return text.substring(start, end);
    }
}
