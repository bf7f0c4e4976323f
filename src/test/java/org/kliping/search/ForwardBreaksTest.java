package org.kliping.search;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ForwardBreaks} answers every question with the boundaries a forward walk of the JDK iterator finds. */
class ForwardBreaksTest {

    @Test
    void followingAndPrecedingMatchTheForwardBoundariesAtEveryOffsetOfTheSeeds() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.sorted().toList()) texts.add(Files.readString(p));
        }
        texts.add("Satu kalimat. Dua kalimat! Tiga?\n\nEmpat, harga Rp14.000 di Jl. Sudirman. Lima");
        texts.add("Tanpa titik di akhir");
        for (String text : texts) {
            List<Integer> truth = forwardBoundaries(text);
            ForwardBreaks breaks = new ForwardBreaks(sentences());
            breaks.setText(text);
            for (int offset = 0; offset <= text.length(); offset++) {
                assertThat(breaks.following(offset)).as("following(%d)", offset).isEqualTo(expectedFollowing(truth, offset));
                assertThat(breaks.preceding(offset)).as("preceding(%d)", offset).isEqualTo(expectedPreceding(truth, offset));
            }
        }
    }

    @Test
    void walkingForwardAndBackGivesTheSameBoundariesAsTheJdkIterator() {
        String text = "Presiden tiba pukul 10.00. Ia disambut warga! Apa kata mereka? \"Selamat datang.\" Selesai";
        List<Integer> truth = forwardBoundaries(text);
        ForwardBreaks breaks = new ForwardBreaks(sentences());
        breaks.setText(text);

        List<Integer> forward = new ArrayList<>();
        forward.add(breaks.first());
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) forward.add(b);
        assertThat(forward).isEqualTo(truth);
        assertThat(breaks.current()).isEqualTo(text.length());

        List<Integer> backward = new ArrayList<>();
        backward.add(breaks.last());
        for (int b = breaks.previous(); b != BreakIterator.DONE; b = breaks.previous()) backward.add(0, b);
        assertThat(backward).isEqualTo(truth);
        assertThat(breaks.next(2)).isEqualTo(truth.get(2));
        assertThat(breaks.next(-1)).isEqualTo(truth.get(1));
    }

    @Test
    void anEmptyTextHasOneBoundaryAndOffsetsOutsideTheTextAreRefused() {
        ForwardBreaks breaks = new ForwardBreaks(sentences());
        breaks.setText("");
        assertThat(breaks.first()).isZero();
        assertThat(breaks.last()).isZero();
        assertThat(breaks.following(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);

        breaks.setText("Satu. Dua.");
        assertThatThrownBy(() -> breaks.following(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> breaks.preceding(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BreakIterator sentences() {
        return BreakIterator.getSentenceInstance(Locale.ROOT);
    }

    private static List<Integer> forwardBoundaries(String text) {
        BreakIterator jdk = sentences();
        jdk.setText(text);
        List<Integer> bounds = new ArrayList<>();
        for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) bounds.add(b);
        return bounds;
    }

    private static int expectedFollowing(List<Integer> truth, int offset) {
        for (int b : truth) if (b > offset) return b;
        return BreakIterator.DONE;
    }

    private static int expectedPreceding(List<Integer> truth, int offset) {
        int found = BreakIterator.DONE;
        for (int b : truth) if (b < offset) found = b;
        return found;
    }
}
