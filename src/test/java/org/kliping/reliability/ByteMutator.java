package org.kliping.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded mutations of a sample file, the kinds that real damaged or hostile files show: flipped bytes,
 * truncation, NULs, a huge line, deep nesting, invalid UTF-8, repeated chunks.
 */
final class ByteMutator {

    private final Random random;

    ByteMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code input}; the name of each is appended to {@code what}. */
    byte[] mutate(byte[] input, StringBuilder what) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            int kind = random.nextInt(8);
            what.append(what.length() > 0 ? "+" : "").append(kindName(kind));
            out = apply(kind, out);
        }
        return out;
    }

    private static String kindName(int kind) {
        return new String[]{"flip", "truncate", "nuls", "hugeLine", "deepNesting", "badUtf8", "repeat", "splice"}[kind];
    }

    private byte[] apply(int kind, byte[] in) {
        return switch (kind) {
            case 0 -> flip(in);
            case 1 -> Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
            case 2 -> insert(in, new byte[1 + random.nextInt(64)]);
            case 3 -> insert(in, ascii("x".repeat(1_000_000 + random.nextInt(2_000_000))));
            case 4 -> insert(in, ascii(nesting()));
            case 5 -> insert(in, badUtf8());
            case 6 -> repeat(in);
            default -> insert(in, ascii("\"}\n{\"body\":[" + "\n".repeat(random.nextInt(3)) + "<p><a href=\"javascript:x()\">"));
        };
    }

    private String nesting() {
        String[] open = {"[", "{\"a\":", "<div>", "> ", "(", "<b><i>", "- "};
        String unit = open[random.nextInt(open.length)];
        return unit.repeat(20_000 + random.nextInt(80_000));
    }

    private byte[] flip(byte[] in) {
        byte[] out = in.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips && out.length > 0; i++) out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private byte[] badUtf8() {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x90, 0x28},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) out.writeBytes(bad[random.nextInt(bad.length)]);
        return out.toByteArray();
    }

    private byte[] repeat(byte[] in) {
        if (in.length == 0) return in;
        int from = random.nextInt(in.length);
        int len = Math.min(in.length - from, 1 + random.nextInt(256));
        byte[] chunk = Arrays.copyOfRange(in, from, from + len);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int times = 1 + random.nextInt(2000);
        for (int i = 0; i < times; i++) out.writeBytes(chunk);
        return insert(in, out.toByteArray());
    }

    private byte[] insert(byte[] in, byte[] piece) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
