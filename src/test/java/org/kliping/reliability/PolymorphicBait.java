package org.kliping.reliability;

/**
 * Named in a JSON file's {@code @class}/{@code @type} fields: if a reader ever loaded or instantiated a
 * class named by the input (polymorphic typing), this class's initializer would raise the flag.
 */
public final class PolymorphicBait {

    static {
        Flag.loaded = true;
    }

    public PolymorphicBait() {
        Flag.loaded = true;
    }

    public void setBody(String body) {
        Flag.loaded = true;
    }

    /** Kept apart so reading it does not initialise the bait itself. */
    static final class Flag {
        static volatile boolean loaded;

        private Flag() {
        }
    }
}
