package yearbook.config;

import java.util.Map;

/**
 * What the yearbook's 版权页 (copyright page) states, from the {@code colophon:} group of {@code yearbook.yaml}:
 * only what the publisher and printer gave. Every field is optional (null when not given) and one not given is
 * not printed; the print yearbook adds what it knows itself (the book's name, its size and its word count).
 *
 * @param editor     编者: who compiled the book, such as 内蒙古自治区总工会
 * @param publisher  出版者: the publishing house
 * @param address    the publisher's address (地址)
 * @param postcode   its postcode (邮编), six digits
 * @param printer    印刷者
 * @param edition    版次, such as 2020年5月第1版
 * @param impression 印次, such as 2020年5月第1次印刷
 * @param isbn       书号, an ISBN such as 978-7-204-16001-3 (checked)
 * @param price      定价, such as 168.00元
 * @param cip        图书在版编目（CIP）数据: the block as the publisher supplies it, its lines kept
 */
public record Colophon(String editor, String publisher, String address, String postcode, String printer,
                       String edition, String impression, String isbn, String price, String cip) {

    /** The settings' names of the fields, in the order they are printed. */
    public static final java.util.List<String> FIELDS = java.util.List.of("editor", "publisher", "address", "postcode",
            "printer", "edition", "impression", "isbn", "price", "cip");

    /** A 版权页 that states nothing: the book then has none. */
    public static Colophon none() {
        return new Colophon(null, null, null, null, null, null, null, null, null, null);
    }

    static Colophon of(Map<String, String> fields) {
        return new Colophon(fields.get("editor"), fields.get("publisher"), fields.get("address"), fields.get("postcode"),
                fields.get("printer"), fields.get("edition"), fields.get("impression"), fields.get("isbn"),
                fields.get("price"), fields.get("cip"));
    }

    /** Whether the settings give anything for the page at all. */
    public boolean isEmpty() {
        return this.equals(none());
    }
}
