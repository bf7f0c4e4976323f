package org.kliping.search;

import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A writer closed by an earlier failure reports that failure, not only that it is closed. */
class IndexAccessExceptionTest {

    @Test
    void aClosedWriterNamesWhatClosedIt() {
        var closed = new AlreadyClosedException("this IndexWriter is closed", new IOException("No space left on device"));
        assertThat(new IndexAccessException(Path.of("idx"), "cannot commit the index", closed).getMessage())
                .isEqualTo("cannot commit the index (index idx): closed after an earlier error: No space left on device");
        assertThat(new IndexAccessException(Path.of("idx"), "cannot index article 7", new IOException("disk I/O"))
                .getMessage()).isEqualTo("cannot index article 7 (index idx): disk I/O");
    }
}
