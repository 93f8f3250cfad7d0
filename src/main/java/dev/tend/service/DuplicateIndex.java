package dev.tend.service;

import dev.tend.domain.Contact;
import dev.tend.domain.Email;
import dev.tend.domain.Phone;
import dev.tend.domain.WebLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds duplicates by the {@link MatchRule}s, in memory: emails, E.164 numbers and profile keys
 * by hash; similar names only among contacts of the same organisation key, so a large address
 * book is not compared name by name, and within an organisation with many names only among those
 * sharing a {@link NameBuckets} key, so a large organisation is not either (a 10,000-card file of
 * five companies' staff took seconds, quadratic in each company's size).
 *
 * @param <T> what a match points at (a stored contact, an earlier record)
 */
final class DuplicateIndex<T> {
    /** A match: what it points at and by which rule. */
    record Match<T>(T target, MatchRule rule) {
    }

    /** seq: the order names were put in; the first similar name put in wins, as without buckets. */
    private record Named<T>(int seq, String nameKey, T target) {
    }

    /** The names at one organisation; bucketed once there are more than {@code bucketFrom} of them. */
    private static final class Organisation<T> {
        final List<Named<T>> names = new ArrayList<>(1);
        Map<String, List<Named<T>>> buckets;

        void bucket(Named<T> n) {
            for (String key : NameBuckets.keys(n.nameKey())) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(n);
            }
        }
    }

    /** Below this many names an organisation's names are compared one by one: cheaper than keys. */
    static final int BUCKET_FROM = 32;

    private final int bucketFrom;
    private int seq;

    private final Map<String, List<T>> emails = new HashMap<>();
    private final Map<String, List<T>> phones = new HashMap<>();
    private final Map<String, List<T>> profiles = new HashMap<>();
    private final Map<String, Organisation<T>> byOrganisation = new HashMap<>();

    DuplicateIndex() {
        this(BUCKET_FROM);
    }

    /** For tests: bucketFrom 0 buckets every organisation, Integer.MAX_VALUE none. */
    DuplicateIndex(int bucketFrom) {
        this.bucketFrom = bucketFrom;
    }

    void putEmail(String address, T target) {
        emails.computeIfAbsent(Emails.normalise(address), k -> new ArrayList<>(1)).add(target);
    }

    void putPhone(String e164, T target) {
        if (e164 != null) {
            phones.computeIfAbsent(e164, k -> new ArrayList<>(1)).add(target);
        }
    }

    void putProfile(String url, T target) {
        String key = DuplicateKeys.profileKey(WebLink.of(url));
        if (key != null) {
            profiles.computeIfAbsent(key, k -> new ArrayList<>(1)).add(target);
        }
    }

    void putName(Contact c, T target) {
        String org = DuplicateKeys.organisationKey(c.organisation());
        String name = DuplicateKeys.nameKey(c);
        if (org != null && name != null) {
            Organisation<T> o = byOrganisation.computeIfAbsent(org, k -> new Organisation<>());
            Named<T> n = new Named<>(seq++, name, target);
            o.names.add(n);
            if (o.buckets != null) {
                o.bucket(n);
            } else if (o.names.size() > bucketFrom) {
                o.buckets = new HashMap<>();
                o.names.forEach(o::bucket);
            }
        }
    }

    /** Indexes every key of the contact. */
    void putAll(Contact c, T target) {
        c.emails().forEach(e -> putEmail(e.address(), target));
        c.phones().forEach(p -> putPhone(p.e164(), target));
        c.urls().forEach(u -> putProfile(u.url(), target));
        putName(c, target);
    }

    /** The first target the filter accepts, trying the rules in their order. */
    Optional<Match<T>> find(Contact c, Predicate<T> filter) {
        for (Email e : c.emails()) {
            Optional<T> t = first(emails.get(Emails.normalise(e.address())), filter);
            if (t.isPresent()) {
                return Optional.of(new Match<>(t.get(), MatchRule.SAME_EMAIL));
            }
        }
        for (Phone p : c.phones()) {
            Optional<T> t = p.e164() == null ? Optional.empty() : first(phones.get(p.e164()), filter);
            if (t.isPresent()) {
                return Optional.of(new Match<>(t.get(), MatchRule.SAME_PHONE));
            }
        }
        for (WebLink u : c.urls()) {
            String key = DuplicateKeys.profileKey(u);
            Optional<T> t = key == null ? Optional.empty() : first(profiles.get(key), filter);
            if (t.isPresent()) {
                return Optional.of(new Match<>(t.get(), MatchRule.SAME_PROFILE_URL));
            }
        }
        String org = DuplicateKeys.organisationKey(c.organisation());
        String name = DuplicateKeys.nameKey(c);
        Organisation<T> o = org == null || name == null ? null : byOrganisation.get(org);
        Named<T> found = o == null ? null : o.buckets == null ? firstSimilar(o.names, name, filter)
                : firstSimilarInBuckets(o, name, filter);
        return found == null ? Optional.empty()
                : Optional.of(new Match<>(found.target(), MatchRule.SIMILAR_NAME_SAME_ORGANISATION));
    }

    private static <T> Named<T> firstSimilar(List<Named<T>> names, String name, Predicate<T> filter) {
        for (Named<T> n : names) {
            if (filter.test(n.target()) && DuplicateKeys.similarNames(name, n.nameKey())) {
                return n;
            }
        }
        return null;
    }

    private static <T> Named<T> firstSimilarInBuckets(Organisation<T> o, String name, Predicate<T> filter) {
        Named<T> first = null;
        for (String key : NameBuckets.keys(name)) {
            // A bucket lists its names in the order put in: its first match is its earliest.
            for (Named<T> n : o.buckets.getOrDefault(key, List.of())) {
                if (first != null && n.seq() >= first.seq()) {
                    break;
                }
                if (filter.test(n.target()) && DuplicateKeys.similarNames(name, n.nameKey())) {
                    first = n;
                    break;
                }
            }
        }
        return first;
    }

    private static <T> Optional<T> first(List<T> targets, Predicate<T> filter) {
        if (targets == null) {
            return Optional.empty();
        }
        return targets.stream().filter(filter).findFirst();
    }
}
