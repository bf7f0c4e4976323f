package org.kliping.domain;

/** Which articles a list or a search keeps by their reading state. */
public enum ReadState {
    ALL, UNREAD, STARRED
}
