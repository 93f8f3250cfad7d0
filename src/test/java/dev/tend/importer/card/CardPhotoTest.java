package dev.tend.importer.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tend.domain.Photo;
import dev.tend.importer.UnreadableFileException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardPhotoTest {
    @TempDir
    Path dir;

    @Test
    void aHugeImageIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        // 20,000 x 20,000 would take 1.6 GB decoded; the file is a few dozen bytes
        Path png = dir.resolve("huge.png");
        Files.write(png, pngHeader(20_000, 20_000));
        assertThatThrownBy(() -> CardPhoto.load(png)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("huge.png is 20,000 x 20,000 pixels (400 megapixels); photos over 100 megapixels are "
                        + "refused so they cannot exhaust memory. Take a smaller photo or scale it down.");
        Path jpeg = dir.resolve("huge.jpg");
        Files.write(jpeg, jpegHeader(20_000, 20_000));
        assertThatThrownBy(() -> CardPhoto.load(jpeg)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("huge.jpg is 20,000 x 20,000 pixels");
    }

    @Test
    void aCutOffJpegIsRefusedNotReadHalfGrey() throws Exception {
        byte[] whole = CardImages.jpegBytes(CardImages.card(CardImages.person(0, new java.util.Random(1)), 0,
                "DejaVu Sans", 0, 1), 0.9f);
        Path cut = dir.resolve("cut.jpg");
        Files.write(cut, Arrays.copyOf(whole, whole.length * 6 / 10));
        assertThatThrownBy(() -> CardPhoto.load(cut)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("cut.jpg is damaged or cut off");
    }

    @Test
    void filesThatAreNoPhotoSaySo() throws Exception {
        Path text = Files.writeString(dir.resolve("card.jpg"), "BEGIN:VCARD\nEND:VCARD\n");
        assertThatThrownBy(() -> CardPhoto.load(text)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("card.jpg is not a JPEG or PNG image");
        Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
        assertThatThrownBy(() -> CardPhoto.load(empty)).hasMessage("empty.png is empty");
        assertThatThrownBy(() -> CardPhoto.load(dir.resolve("gone.jpg"))).hasMessage("gone.jpg does not exist");
    }

    @Test
    void theExifOrientationIsAppliedSoTheCardStandsUpright() throws Exception {
        BufferedImage upright = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        for (int[] turn : new int[][] {{6, 3}, {8, 1}, {3, 2}}) {
            // the sensor's pixels, turned back the way the tag says to undo
            Path file = CardImages.jpeg(CardImages.turned(upright, turn[1]), dir.resolve("o" + turn[0] + ".jpg"), turn[0]);
            CardPhoto photo = CardPhoto.load(file);
            assertThat(photo.orientation()).isEqualTo(turn[0]);
            assertThat(photo.image().getWidth()).isEqualTo(400);
            assertThat(photo.image().getHeight()).isEqualTo(200);
            assertThat(new Color(photo.image().getRGB(20, 20)).getRed()).isGreaterThan(200);
            assertThat(new Color(photo.image().getRGB(380, 180)).getGreen()).isGreaterThan(200);
        }
    }

    @Test
    void bigPhotosAreSubsampledAndTheCopyKeptIsASmallJpeg() throws Exception {
        BufferedImage big = new BufferedImage(7000, 5000, BufferedImage.TYPE_BYTE_GRAY);
        Path file = dir.resolve("48mp.png");
        ImageIO.write(big, "png", file.toFile());
        CardPhoto photo = CardPhoto.load(file);
        assertThat(photo.width()).isEqualTo(7000);
        assertThat(photo.image().getWidth()).isEqualTo(3500);
        Photo kept = photo.forContact();
        assertThat(kept.mimeType()).isEqualTo("image/jpeg");
        assertThat(kept.data().length).isLessThan(10 * 1024 * 1024);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(kept.data()));
        assertThat(Math.max(back.getWidth(), back.getHeight())).isEqualTo(1600);
    }

    static byte[] pngHeader(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeBytes("IHDR");
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {8, 2, 0, 0, 0});
        byte[] body = ihdr.toByteArray();
        DataOutputStream o = new DataOutputStream(out);
        o.writeInt(13);
        o.write(body);
        CRC32 crc = new CRC32();
        crc.update(body);
        o.writeInt((int) crc.getValue());
        o.writeInt(0);
        o.write("IDAT".getBytes(StandardCharsets.US_ASCII));
        o.writeInt(0x35AF061E);
        return out.toByteArray();
    }

    /** A real 16 x 16 JPEG whose frame header is changed to claim {@code w x h}: a decompression bomb. */
    static byte[] jpegHeader(int w, int h) {
        byte[] jpeg = CardImages.jpegBytes(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), 0.9f);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (h >> 8);
                jpeg[i + 6] = (byte) h;
                jpeg[i + 7] = (byte) (w >> 8);
                jpeg[i + 8] = (byte) w;
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 marker");
    }
}
