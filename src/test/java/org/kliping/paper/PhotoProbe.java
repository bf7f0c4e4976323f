package org.kliping.paper;

import org.kliping.domain.PaperText;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exploration: word F1 of the phone photo, and the words that differ (not a test). */
public final class PhotoProbe {
    public static void main(String[] args) throws Exception {
        TestPages.Article a = SampleArticles.PASAR;
        double scale = Double.parseDouble(args[0]);
        BufferedImage photo = TestPages.photo(TestPages.scan(a, 2, 300), 4, scale, 3, 10, 7);
        byte[] jpeg = TestPages.jpeg(photo, 0.75f);
        Files.write(Path.of("/tmp/paper-photo.jpg"), jpeg);
        PaperText text = new PaperReader(TesseractProgram.fromEnvironment()).read(jpeg, "p.jpg", false).get(0);
        String read = PaperReaderTest.read(text);
        System.out.printf("F1 %.4f size %dx%d%n", WordF1.of(a.printedText(), read), photo.getWidth(), photo.getHeight());
        Files.writeString(Path.of("/tmp/paper-photo.txt"), read);
    }
}
