package org.kliping.capture;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    private FeedReader.Feed read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), "https://berita.example/rss/terkini");
    }

    @Test
    void readsRss2ItemsWithGuidLinkContentAndDate() {
        FeedReader.Feed feed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
                  <title>Berita Terkini</title><link>https://berita.example/</link><description>d</description>
                  <item><title>Banjir di Jakarta</title><link>https://berita.example/read/1/banjir</link>
                    <guid isPermaLink="false">berita-1</guid><pubDate>Mon, 07 Dec 2026 08:00:00 +0700</pubDate>
                    <description>Ringkas</description><content:encoded><![CDATA[<p>Isi lengkap banjir.</p>]]></content:encoded></item>
                  <item><title>Relatif</title><link>/read/2/relatif</link></item>
                </channel></rss>""");
        assertThat(feed.title()).isEqualTo("Berita Terkini");
        assertThat(feed.items()).hasSize(2);
        FeedReader.Item first = feed.items().get(0);
        assertThat(first.guid()).isEqualTo("berita-1");
        assertThat(first.link()).isEqualTo("https://berita.example/read/1/banjir");
        assertThat(first.contentHtml()).isEqualTo("<p>Isi lengkap banjir.</p>");
        assertThat(first.published()).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
        FeedReader.Item second = feed.items().get(1);
        assertThat(second.link()).isEqualTo("https://berita.example/read/2/relatif");
        assertThat(second.guid()).isEqualTo(second.link());
    }

    @Test
    void readsRss1() {
        FeedReader.Feed feed = read("""
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://berita.example/"><title>RDF Berita</title><link>https://berita.example/</link>
                    <description>d</description></channel>
                  <item rdf:about="https://berita.example/a"><title>Satu</title><link>https://berita.example/a</link>
                    <description>Deskripsi satu</description></item>
                </rdf:RDF>""");
        assertThat(feed.title()).isEqualTo("RDF Berita");
        assertThat(feed.items()).singleElement().satisfies(i -> {
            assertThat(i.link()).isEqualTo("https://berita.example/a");
            assertThat(i.contentHtml()).isEqualTo("Deskripsi satu");
        });
    }

    @Test
    void readsAtom1() {
        FeedReader.Feed feed = read("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Berita</title><id>urn:x</id>
                  <updated>2026-12-07T10:00:00Z</updated>
                  <entry><title>Entri</title><id>urn:berita:9</id><link rel="alternate" href="https://berita.example/9"/>
                    <updated>2026-12-07T10:00:00Z</updated><content type="html">&lt;p&gt;Isi entri&lt;/p&gt;</content></entry>
                </feed>""");
        assertThat(feed.title()).isEqualTo("Atom Berita");
        assertThat(feed.items()).singleElement().satisfies(i -> {
            assertThat(i.guid()).isEqualTo("urn:berita:9");
            assertThat(i.link()).isEqualTo("https://berita.example/9");
            assertThat(i.contentHtml()).isEqualTo("<p>Isi entri</p>");
            assertThat(i.published()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        });
    }

    @Test
    void refusesWhatIsNotAFeedAndDocumentTypes() {
        assertThatThrownBy(() -> read("<html><body>bukan feed</body></html>"))
                .isInstanceOf(CaptureException.class).hasMessageStartingWith("https://berita.example/rss/terkini: not a feed");
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>""")).hasMessageContaining("not a feed");
    }
}
