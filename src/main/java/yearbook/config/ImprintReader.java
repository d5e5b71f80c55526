package yearbook.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import yearbook.diag.Msg;
import yearbook.yaml.YamlMap;

/**
 * Reads what the print yearbook's front matter states about the book itself: the {@code colophon:} group (版权页)
 * and the {@code board:} and {@code staff:} lists (编委会, 编辑部) of {@code yearbook.yaml}. A wrong value is an
 * error at its line and is left out.
 */
final class ImprintReader {
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern ISBN_PREFIX = Pattern.compile("^ISBN[\\s:：]*", Pattern.CASE_INSENSITIVE);

    private ImprintReader() {
    }

    static Colophon colophon(YamlMap settings) {
        Optional<YamlMap> group = settings.map("colophon");
        if (group.isEmpty()) {
            return Colophon.none();
        }
        YamlMap y = group.get();
        y.rejectUnknown(Colophon.FIELDS);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : Colophon.FIELDS) {
            y.string(f, false).ifPresent(v -> fields.put(f, v));
        }
        String postcode = fields.get("postcode");
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            y.diagnostics().error(y.file(), y.line("postcode"), Msg.of("bad-postcode", postcode));
            fields.remove("postcode");
        }
        String isbn = fields.get("isbn");
        if (isbn != null) {
            Msg problem = isbnProblem(isbn);
            if (problem != null) {
                y.diagnostics().error(y.file(), y.line("isbn"), Msg.of("bad-isbn", isbn, problem));
                fields.remove("isbn");
            } else {
                fields.put("isbn", "ISBN " + ISBN_PREFIX.matcher(isbn).replaceFirst(""));
            }
        }
        return Colophon.of(fields);
    }

    /** Why a text is not an ISBN-13 or ISBN-10 (digits, hyphens or spaces, the right check digit), or null. */
    static Msg isbnProblem(String isbn) {
        String digits = ISBN_PREFIX.matcher(isbn).replaceFirst("").replaceAll("[\\s-]", "");
        if (digits.matches("\\d{13}")) {
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return (10 - sum % 10) % 10 == digits.charAt(12) - '0' ? null : Msg.of("isbn.check-digit");
        }
        if (digits.matches("\\d{9}[\\dXx]")) {
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            char last = Character.toUpperCase(digits.charAt(9));
            return (check == 10 ? last == 'X' : last - '0' == check) ? null : Msg.of("isbn.check-digit");
        }
        return Msg.of("isbn.digits");
    }

    /** The {@code board:} or {@code staff:} list: each item a role and its members, in the order given. */
    static List<Credit> credits(YamlMap settings, String key) {
        List<Credit> out = new ArrayList<>();
        for (YamlMap item : settings.maps(key)) {
            item.rejectUnknown(Set.of("role", "members"));
            Optional<String> role = item.string("role", true);
            int reported = item.diagnostics().all().size();
            List<String> members = item.strings("members");
            if (members.isEmpty()) {
                if (item.diagnostics().all().size() == reported) {
                    item.diagnostics().error(item.file(), item.line("members"), Msg.of("role-needs-members", key));
                }
                continue;
            }
            role.ifPresent(r -> out.add(new Credit(r, members)));
        }
        return out;
    }
}
