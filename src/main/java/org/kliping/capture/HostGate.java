package org.kliping.capture;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** One request at a time per host, whatever the number of threads fetching: a news site is not to be hammered. */
final class HostGate {
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    <T> T oneAtATime(String host, Supplier<T> request) {
        ReentrantLock lock = locks.computeIfAbsent(host == null ? "" : host.toLowerCase(Locale.ROOT), h -> new ReentrantLock(true));
        lock.lock();
        try {
            return request.get();
        } finally {
            lock.unlock();
        }
    }
}
