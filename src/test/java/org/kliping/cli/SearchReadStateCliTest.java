package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kliping.domain.ReadState;
import org.kliping.domain.SearchRequest;
import org.kliping.service.Archive;
import org.kliping.domain.ProgressListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchReadStateCliTest {

    @TempDir
    Path archive;

    @Test
    void searchNarrowsToUnreadOrStarredArticles() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        List<Long> all = ids(cli.run("search", "--json", "kursk").json());
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        long read = all.get(0);
        long starred = all.get(1);
        try (Archive a = Archive.open(archive, ProgressListener.NONE)) {
            assertThat(a.services().articles().open(read).markedRead()).isTrue();
            assertThat(a.services().articles().open(read).markedRead()).as("already read").isFalse();
            a.services().articles().setStarred(starred, true);
            var rows = a.services().search().rows(new SearchRequest("kursk", 10, 0, null), ReadState.UNREAD);
            assertThat(rows.rows()).allSatisfy(r -> assertThat(r.read()).isFalse());
            assertThat(rows.rows().get(0).snippet()).contains("<mark>");
        }
        JsonNode unread = cli.run("search", "--json", "--unread", "kursk").json();
        assertThat(unread.get("total").asInt()).isEqualTo(all.size() - 1);
        assertThat(ids(unread)).doesNotContain(read).containsAll(all.subList(1, all.size()));
        assertThat(ids(cli.run("search", "--json", "--starred", "kursk").json())).containsExactly(starred);
        assertThat(cli.run("search", "--unread", "--starred", "kursk").code()).isEqualTo(2);
        assertThat(cli.run("search", "--starred", "kursk").out()).startsWith("1 article matches");
    }

    private static List<Long> ids(JsonNode result) {
        List<Long> out = new ArrayList<>();
        result.get("hits").forEach(h -> out.add(h.get("id").asLong()));
        return out;
    }
}
