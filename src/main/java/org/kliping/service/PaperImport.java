package org.kliping.service;

import org.kliping.domain.InvalidInputException;
import org.kliping.domain.PaperText;
import org.kliping.ingest.PaperReading;
import org.kliping.paper.PaperException;
import org.kliping.paper.PaperReader;

import java.util.List;

/** Wires the paper package's reader into ingest: its rejections become the reasons ingest reports. */
final class PaperImport implements PaperReading {
    private final PaperReader reader;

    PaperImport(PaperReader reader) {
        this.reader = reader;
    }

    @Override
    public List<PaperText> read(byte[] bytes, String fileName, boolean splitPages) {
        try {
            return reader.read(bytes, fileName, splitPages);
        } catch (PaperException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }
}
