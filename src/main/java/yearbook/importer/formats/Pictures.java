package yearbook.importer.formats;

/** What a picture's bytes are, and what reads like a picture's caption. */
final class Pictures {
    private Pictures() {
    }

    /** {@code png}, {@code jpeg} or {@code gif} by the file's first bytes; null for anything else. */
    static String kind(byte[] b) {
        if (Format.starts(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (Format.starts(b, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (Format.starts(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        return null;
    }

    /** A short paragraph starting with 图 and a number, 为 or a colon: 图1 …, 图为…, 图：… */
    static boolean readsLikeCaption(String text) {
        return text.length() <= 120 && text.matches("^[图圖](为|[0-9０-９一二三四五六七八九十]+|\\s|：|:).*");
    }
}
