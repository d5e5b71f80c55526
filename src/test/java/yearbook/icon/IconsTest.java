package yearbook.icon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconsTest {
    @TempDir
    Path dir;

    @Test
    void theFaviconIsAnIcoHoldingA32PixelPng() throws IOException {
        byte[] ico = Icons.favicon("工会年鉴", null);
        ByteBuffer b = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "an icon");
        assertEquals(1, b.getShort(4), "one image");
        int size = b.getInt(6 + 8);
        int offset = b.getInt(6 + 12);
        assertEquals(ico.length, offset + size);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(ico, offset, offset + size)));
        assertEquals(32, png.getWidth());
        assertEquals(32, png.getHeight());
        assertArrayEquals(ico, Icons.favicon("工会年鉴", null), "the same bytes each time");
    }

    @Test
    void theTitlesFirstCharacterIsDrawnWhiteOnRed() throws IOException {
        BufferedImage touch = ImageIO.read(new ByteArrayInputStream(Icons.touchIcon("工会年鉴", null)));
        assertEquals(180, touch.getWidth());
        assertEquals(new Color(0xA3, 0x1F, 0x1F).getRGB(), touch.getRGB(2, 2), "the red ground");
        long white = 0;
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 180; x++) {
                white += touch.getRGB(x, y) == Color.WHITE.getRGB() ? 1 : 0;
            }
        }
        assertTrue(white > 1000, "the character's strokes: " + white + " white pixels");
        assertNotEquals(Arrays.toString(Icons.touchIcon("工会年鉴", null)), Arrays.toString(Icons.touchIcon("职工年鉴", null)),
                "another title, another character");
    }

    @Test
    void aGivenPictureIsScaledToTheIcon() throws IOException {
        BufferedImage blue = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                blue.setRGB(x, y, Color.BLUE.getRGB());
            }
        }
        ImageIO.write(blue, "png", dir.resolve("favicon.png").toFile());
        Path given = Icons.given(dir);
        assertEquals(dir.resolve("favicon.png"), given);
        BufferedImage touch = ImageIO.read(new ByteArrayInputStream(Icons.touchIcon("工会年鉴", given)));
        assertEquals(Color.BLUE.getRGB(), touch.getRGB(90, 90));
        assertEquals(Color.BLUE.getRGB(), touch.getRGB(2, 2));
        Files.delete(given);
        assertEquals(null, Icons.given(dir));
    }
}
