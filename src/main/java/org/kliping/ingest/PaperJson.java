package org.kliping.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.kliping.domain.OcrInfo;
import org.kliping.domain.PaperScan;
import org.kliping.domain.WordBox;

import java.util.ArrayList;
import java.util.List;

/**
 * What an article read from paper keeps beside its text, in Kliping JSON (docs/format-kliping-json.md): media
 * type, OCR details and the word boxes, each a compact array
 * {@code [page, x, y, width, height, confidence, start, end, "text"]}.
 */
record PaperJson(
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("dpi") Integer dpi,
        @JsonProperty("ocr") OcrJson ocr,
        @JsonProperty("words") List<List<Object>> words) {

    record OcrJson(@JsonProperty("engine") String engine, @JsonProperty("languages") List<String> languages,
                   @JsonProperty("confidence") double confidence) {
    }

    static PaperJson from(PaperScan scan) {
        if (scan == null) return null;
        OcrInfo o = scan.ocr();
        List<List<Object>> words = new ArrayList<>(scan.words().size());
        for (WordBox w : scan.words()) {
            words.add(List.of(w.page(), w.x(), w.y(), w.width(), w.height(), w.confidence(), w.start(), w.end(), w.text()));
        }
        return new PaperJson(scan.mediaType(), scan.dpi(),
                o == null ? null : new OcrJson(o.engine(), o.languages(), o.confidence()), words);
    }

    /** @throws KlipingJsonException for a missing media type or a malformed word */
    PaperScan toDomain() {
        KlipingJsonException.required(mediaType, "paper.mediaType");
        List<WordBox> boxes = new ArrayList<>();
        int n = 0;
        for (List<Object> w : words == null ? List.<List<Object>>of() : words) {
            n++;
            if (w == null || w.size() != 9 || !(w.get(8) instanceof String text)) {
                throw new KlipingJsonException("paper.words[" + (n - 1) + "] is not [page, x, y, width, height, "
                        + "confidence, start, end, text]");
            }
            try {
                boxes.add(new WordBox(integer(w.get(0)), integer(w.get(1)), integer(w.get(2)), integer(w.get(3)),
                        integer(w.get(4)), text, ((Number) w.get(5)).floatValue(), integer(w.get(6)), integer(w.get(7))));
            } catch (ClassCastException | IllegalArgumentException e) {
                throw new KlipingJsonException("paper.words[" + (n - 1) + "] is malformed: " + e.getMessage());
            }
        }
        OcrInfo info = ocr == null ? null : new OcrInfo(KlipingJsonException.required(ocr.engine(), "paper.ocr.engine"),
                ocr.languages() == null ? List.of() : ocr.languages(), ocr.confidence());
        return new PaperScan(mediaType, info, dpi == null ? 0 : dpi, boxes);
    }

    private static int integer(Object o) {
        if (!(o instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException("not a whole number: " + o);
        }
        return n.intValue();
    }
}
