package org.kliping.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void archiveOptionWithoutCommandOpensTheWindowOnThatFolder() {
        assertThat(Main.archiveOnly(new String[]{"--archive", "/data/kliping"})).isEqualTo(Path.of("/data/kliping"));
        assertThat(Main.archiveOnly(new String[]{"--archive=/data/kliping"})).isEqualTo(Path.of("/data/kliping"));
    }

    @Test
    void commandsAndIncompleteOptionsGoToTheCommandLine() {
        assertThat(Main.archiveOnly(new String[]{"--archive", "/data/kliping", "list"})).isNull();
        assertThat(Main.archiveOnly(new String[]{"--archive="})).isNull();
        assertThat(Main.archiveOnly(new String[]{"--archive"})).isNull();
        assertThat(Main.archiveOnly(new String[]{"list"})).isNull();
        assertThat(Main.archiveOnly(new String[]{})).isNull();
    }
}
