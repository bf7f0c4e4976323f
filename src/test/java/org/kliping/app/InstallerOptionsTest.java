package org.kliping.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed launchers start the JVM with the options the jar gives its child JVMs (the profile
 * {@code installer} of pom.xml writes them into the launchers' configuration), and tell it not to relaunch.
 */
class InstallerOptionsTest {

    private static List<String> pomProperty(String name) throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
        assertThat(m.find()).as("pom.xml property %s", name).isTrue();
        return List.of(m.group(1).trim().split("\\s+"));
    }

    private static List<String> with(List<String> options, String more) {
        List<String> all = new ArrayList<>(options);
        all.add(more);
        return all;
    }

    @Test
    void theWindowLauncherRunsWithTheWindowOptionsAndTheCommandLineWithTheBulkOptions() throws IOException {
        String noRelaunch = "-D" + ChildJvmLauncher.SWITCH_PROPERTY + "=off";
        assertThat(pomProperty("installer.window.options")).isEqualTo(with(ChildJvmLauncher.WINDOW_OPTIONS, noRelaunch));
        assertThat(pomProperty("installer.cli.options")).isEqualTo(with(ChildJvmLauncher.BULK_OPTIONS, noRelaunch));
    }

    @Test
    void theInstallerNeverRunsInVerify() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int profile = pom.indexOf("<id>installer</id>");
        assertThat(profile).isPositive();
        String before = pom.substring(pom.lastIndexOf("<profile>", profile), profile);
        String after = pom.substring(profile, pom.indexOf("</profile>", profile));
        assertThat(before + after).doesNotContain("<activation>");
    }
}
