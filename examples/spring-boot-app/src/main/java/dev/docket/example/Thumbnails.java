package dev.docket.example;

import dev.docket.NonRetryableException;
import dev.docket.spring.DocketJob;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** Makes 64-pixel-wide PNG thumbnails of uploaded pictures with the JDK's ImageIO. */
@Component
public class Thumbnails {
    /** Arguments of the {@code image.thumbnail} job: the upload's file name and the width wanted. */
    public record MakeThumbnail(String upload, int width) {
    }

    private final StorageProperties storage;

    public Thumbnails(StorageProperties storage) {
        this.storage = storage;
    }

    /** Writes the thumbnail and returns its file name (stored as the job's result). */
    @DocketJob(value = "image.thumbnail", queue = "images")
    public String make(MakeThumbnail args) throws IOException {
        Path source = storage.dir("uploads").resolve(args.upload());
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            throw new NonRetryableException("upload " + args.upload() + " is not a picture ImageIO can read");
        }
        int height = Math.max(1, image.getHeight() * args.width() / image.getWidth());
        BufferedImage thumb = new BufferedImage(args.width(), height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, args.width(), height, null);
        } finally {
            g.dispose();
        }
        String name = args.upload().replaceAll("\\.[^.]*$", "") + "-" + args.width() + ".png";
        ImageIO.write(thumb, "png", storage.dir("thumbnails").resolve(name).toFile());
        return name;
    }
}
