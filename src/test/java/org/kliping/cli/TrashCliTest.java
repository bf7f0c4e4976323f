package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrashCliTest {

    @TempDir
    Path archive;

    @Test
    void aTrashedArticleLeavesListsSearchCountsAndStoriesAndComesBackWithItsAnnotations() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        cli.run("tag", "1", "--add", "konflik");
        assertThat(cli.run("annotate", "1", "--quote", "Kursk", "--note", "catatan").code()).isZero();
        assertThat(cli.run("note", "1", "Bandingkan").code()).isZero();
        assertThat(ids(cli.run("search", "--json", "kursk").json().get("hits"))).contains(1L);

        CliRunner.Result deleted = cli.run("delete", "1", "--json");
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(ids(deleted.json())).containsExactly(1L);

        assertThat(ids(cli.run("list", "--json").json())).hasSize(4).doesNotContain(1L);
        assertThat(ids(cli.run("search", "--json", "kursk").json().get("hits"))).doesNotContain(1L);
        assertThat(cli.run("tags", "--json").json().get(0).get("count").asInt()).isZero();
        assertThat(cli.run("annotations", "--json").json()).isEmpty();
        JsonNode stories = cli.run("stories", "--json").json();
        for (JsonNode s : stories) assertThat(ids(s.get("articles"))).doesNotContain(1L);
        for (JsonNode h : cli.run("related", "--json", "2").json()) assertThat(h.get("id").asLong()).isNotEqualTo(1L);

        JsonNode trash = cli.run("trash", "--json").json();
        assertThat(trash).hasSize(1);
        assertThat(trash.get(0).get("id").asLong()).isEqualTo(1L);
        assertThat(trash.get(0).get("title").asText()).isNotBlank();
        assertThat(trash.get(0).get("deleted").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        assertThat(cli.run("undelete", "1").code()).isZero();
        assertThat(cli.run("trash", "--json").json()).isEmpty();
        assertThat(ids(cli.run("list", "--json").json())).hasSize(5).contains(1L);
        assertThat(ids(cli.run("search", "--json", "kursk").json().get("hits"))).contains(1L);
        JsonNode shown = cli.run("show", "1", "--json").json();
        assertThat(shown.get("tags").toString()).contains("konflik");
        assertThat(shown.get("annotations")).hasSize(1);
        assertThat(shown.get("notes")).hasSize(1);
        assertThat(cli.run("check").code()).isZero();
    }

    @Test
    void emptyingTheTrashNeedsYesAndRemovesTheArticlesForGood() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        assertThat(cli.run("delete", "2", "3").code()).isZero();
        CliRunner.Result refused = cli.run("trash", "--empty");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(cli.run("trash", "--json").json()).hasSize(2);

        CliRunner.Result emptied = cli.run("trash", "--empty", "--yes");
        assertThat(emptied.code()).as(emptied.err()).isZero();
        assertThat(emptied.out()).contains("2 articles");
        assertThat(cli.run("trash", "--json").json()).isEmpty();
        assertThat(cli.run("show", "2").code()).isEqualTo(1);
        assertThat(cli.run("undelete", "2").code()).isEqualTo(1);
        assertThat(ids(cli.run("list", "--json").json())).containsExactlyInAnyOrder(1L, 4L, 5L);
        CliRunner.Result check = cli.run("check", "--json");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(cli.run("stories", "--json").json().get(0).get("articles")).hasSize(3);
    }

    @Test
    void showingATrashedArticleSaysItIsInTheTrash() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        assertThat(cli.run("show", "2", "--json").json().get("trashed").asBoolean()).isFalse();
        assertThat(cli.run("show", "2").out()).doesNotContain("Trash");
        assertThat(cli.run("delete", "2").code()).isZero();

        CliRunner.Result shown = cli.run("show", "2");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out().lines().findFirst().orElseThrow()).startsWith("In the Trash since ").contains("undelete 2");
        JsonNode json = cli.run("show", "2", "--json").json();
        assertThat(json.get("trashed").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(json.get("deleted").asText())).isNotNull();
        assertThat(json.get("id").asLong()).isEqualTo(2);
    }

    @Test
    void deletingAnUnknownIdNamesItAndMovesNothing() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        CliRunner.Result r = cli.run("delete", "1", "99");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("article 99 not found");
        assertThat(cli.run("trash", "--json").json()).isEmpty();
    }

    private static List<Long> ids(JsonNode arr) {
        List<Long> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.isNumber() ? n.asLong() : n.get("id").asLong()));
        return out;
    }
}
