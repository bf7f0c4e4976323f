package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoriesCliTest {

    @TempDir
    Path archive;

    @Test
    void theFiveSeedsFormOneStoryWhoseTableShowsEachOutletsFigures() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        JsonNode stories = cli.run("stories", "--json").json();
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("articles")).hasSize(5);
        long id = stories.get(0).get("id").asLong();

        JsonNode story = cli.run("story", String.valueOf(id), "--json").json();
        List<String> values = new ArrayList<>();
        story.get("figures").forEach(f -> values.add(f.get("valueText").asText() + " " + f.get("counted").asText()));
        assertThat(values).contains("12.000 tentara", "14.000 tentara", "76.000 korban jiwa", "3.000 bala bantuan",
                "6.000 tentara tewas", "25 tentara tewas", "37 dari 64 permukiman");
        JsonNode twelve = find(story.get("figures"), "12.000");
        assertThat(twelve.get("attributedTo").asText()).contains("Amerika Serikat");
        String body = cli.run("show", twelve.get("articleId").asText(), "--json").json().get("body").asText();
        assertThat(body.substring(twelve.get("sentenceStart").asInt(), twelve.get("sentenceEnd").asInt())).contains("12.000 tentara");
        assertThat(story.get("comparison").get(0).get("disagreement").asBoolean()).isTrue();

        assertThat(cli.run("story", String.valueOf(id), "--format", "csv").out()).contains("12.000").contains("14.000");

        JsonNode gerasimov = null;
        for (JsonNode n : story.get("names")) if (n.get("name").asText().equals("Valery Gerasimov")) gerasimov = n;
        assertThat(gerasimov).as("names are a facet with the articles naming them").isNotNull();
        assertThat(gerasimov.get("articleIds")).hasSize(gerasimov.get("articles").asInt());
        JsonNode narrowed = cli.run("story", String.valueOf(id), "--json", "--name", "Valery Gerasimov").json();
        assertThat(narrowed.get("articles")).hasSize(gerasimov.get("articles").asInt());
        List<String> kept = new ArrayList<>();
        narrowed.get("figures").forEach(f -> kept.add(f.get("valueText").asText()));
        assertThat(kept).contains("76.000").doesNotContain("37 dari 64");
        assertThat(cli.run("story", String.valueOf(id), "--name", "Atlantis").code()).isEqualTo(2);
    }

    @Test
    void renameIsKeptWhenTheArchiveChanges() {
        CliRunner cli = new CliRunner(archive);
        cli.run("import", CliRunner.seeds().toString());
        long id = cli.run("stories", "--json").json().get(0).get("id").asLong();
        assertThat(cli.run("story-rename", String.valueOf(id), "Korut", "di", "Kursk").code()).isZero();
        cli.run("tag", "1", "--add", "x");
        JsonNode after = cli.run("stories", "--json").json();
        assertThat(after.get(0).get("title").asText()).isEqualTo("Korut di Kursk");
        assertThat(after.get(0).get("articles")).hasSize(5);
    }

    private static JsonNode find(JsonNode figures, String valueText) {
        for (JsonNode f : figures) if (f.get("valueText").asText().equals(valueText)) return f;
        throw new AssertionError("no figure " + valueText + " in " + figures);
    }
}
