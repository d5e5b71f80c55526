package yearbook.icon;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * The site's icons: {@code favicon.ico} (32 px) and {@code apple-touch-icon.png} (180 px), so that no browser
 * asks for an icon in vain. Made from a picture the editors give ({@code favicon.png} or {@code favicon.jpg} at
 * the top of the content folder), scaled to a square; without one, from the first character of the site's
 * title, white in the site's red on a square. The same input always gives the same bytes.
 */
public final class Icons {
    /** The picture the editors may give, at the top of the content folder, by preference. */
    public static final String[] GIVEN = {"favicon.png", "favicon.jpg"};
    private static final Color RED = new Color(0xA3, 0x1F, 0x1F);
    private static final String FONT = "yearbook/fonts/NotoSansSC_700Bold.ttf";
    private static Font font;

    private Icons() {
    }

    /** The picture given in {@code content}, or null. */
    public static Path given(Path content) {
        for (String name : GIVEN) {
            Path p = content.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** {@code favicon.ico}: one 32 px image, stored as PNG inside the ICO container. */
    public static byte[] favicon(String title, Path picture) {
        byte[] png = png(image(title, picture, 32));
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);          // an icon file with one image
        b.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0);           // 32 × 32, no palette
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** {@code apple-touch-icon.png}: 180 px. */
    public static byte[] touchIcon(String title, Path picture) {
        return png(image(title, picture, 180));
    }

    static BufferedImage image(String title, Path picture, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            BufferedImage given = picture == null ? null : read(picture);
            if (given != null) {
                int side = Math.min(given.getWidth(), given.getHeight());
                int x = (given.getWidth() - side) / 2;
                int y = (given.getHeight() - side) / 2;
                g.drawImage(given, 0, 0, size, size, x, y, x + side, y + side, null);
                return out;
            }
            g.setColor(RED);
            g.fillRect(0, 0, size, size);
            String first = title == null || title.isBlank() ? "年" : new String(Character.toChars(title.strip().codePointAt(0)));
            Font f = font().deriveFont(Font.PLAIN, size * 0.72f);
            FontRenderContext frc = g.getFontRenderContext();
            GlyphVector glyphs = f.createGlyphVector(frc, first);
            Rectangle2D box = glyphs.getVisualBounds();
            g.setColor(Color.WHITE);
            g.drawGlyphVector(glyphs, (float) ((size - box.getWidth()) / 2 - box.getX()),
                    (float) ((size - box.getHeight()) / 2 - box.getY()));
            return out;
        } finally {
            g.dispose();
        }
    }

    /** The picture, or null when it is no picture Java can read (then the title's character is used). */
    private static BufferedImage read(Path picture) {
        try {
            return ImageIO.read(picture.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    private static synchronized Font font() {
        if (font == null) {
            try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + FONT + " is missing from the tool");
                }
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return font;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
