package dev.tend.importer;

import dev.tend.domain.Circle;
import dev.tend.domain.Contact;
import dev.tend.domain.HowMet;
import dev.tend.domain.Phone;
import dev.tend.domain.PostalAddress;
import dev.tend.domain.WebLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Tend's own CSV export read back, so export and import give the same contacts: several values in
 * one cell joined by " | ", an address as "street; postcode; city; region; country". The event a
 * contact was met at is written by name and not read back (events are matched by the import's own
 * event option).
 */
final class TendCsv {
    static final String FORMAT = "Tend CSV";
    private static final String SEPARATOR = "\\s\\|\\s";

    private TendCsv() {
    }

    /** Whether the header row is the one Tend writes. */
    static boolean isHeader(List<String> headers) {
        List<String> lower = headers.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        return lower.containsAll(List.of("uid", "full_name", "given_name", "family_name", "emails", "phones"));
    }

    static Contact contact(List<String> headers, List<String> values, String defaultRegion) {
        Map<String, Integer> at = IntStream.range(0, headers.size()).boxed()
                .collect(Collectors.toMap(i -> headers.get(i).strip().toLowerCase(Locale.ROOT), Function.identity(),
                        (a, b) -> a));
        Function<String, String> cell = column -> {
            Integer i = at.get(column);
            return i == null || i >= values.size() ? "" : values.get(i).strip();
        };
        List<PostalAddress> addresses = many(cell.apply("addresses")).stream().map(TendCsv::address).toList();
        List<String> rawPhones = many(cell.apply("phones"));
        String region = Phones.regionFor(rawPhones, addresses.stream().map(PostalAddress::country).toList(),
                defaultRegion);
        List<Phone> phones = new ArrayList<>();
        for (String raw : rawPhones) {
            phones.add(Phones.phone(raw, null, region));
        }
        String full = cell.apply("full_name");
        return Contact.builder()
                .fullName(full.isEmpty() ? null : full)
                .namePrefix(cell.apply("name_prefix"))
                .givenName(cell.apply("given_name"))
                .familyName(cell.apply("family_name"))
                .organisation(cell.apply("organisation"))
                .department(cell.apply("department"))
                .title(cell.apply("title"))
                .emails(many(cell.apply("emails")).stream().map(dev.tend.domain.Email::of).toList())
                .phones(phones)
                .addresses(addresses)
                .urls(many(cell.apply("urls")).stream().map(WebLink::of).toList())
                .birthday(date(cell.apply("birthday")))
                .notes(cell.apply("notes"))
                .tags(many(cell.apply("tags")))
                .circle(enumOr(Circle.class, cell.apply("circle"), Circle.NONE))
                .howMet(enumOr(HowMet.class, cell.apply("how_met"), HowMet.UNKNOWN))
                .firstMet(date(cell.apply("first_met")))
                .archived("true".equalsIgnoreCase(cell.apply("archived")))
                .build();
    }

    private static List<String> many(String cell) {
        return cell.isEmpty() ? List.of()
                : Arrays.stream(cell.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static PostalAddress address(String cell) {
        String[] p = Arrays.copyOf(cell.split(";", -1), 5);
        return new PostalAddress(null, part(p[0]), part(p[1]), part(p[2]), part(p[3]), part(p[4]));
    }

    private static String part(String s) {
        return s == null ? null : s.strip();
    }

    private static LocalDate date(String s) {
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        try {
            return name.isEmpty() ? fallback : Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
