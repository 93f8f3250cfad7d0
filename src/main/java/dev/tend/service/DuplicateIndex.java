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
 * book is not compared name by name.
 *
 * @param <T> what a match points at (a stored contact, an earlier record)
 */
final class DuplicateIndex<T> {
    /** A match: what it points at and by which rule. */
    record Match<T>(T target, MatchRule rule) {
    }

    private record Named<T>(String nameKey, T target) {
    }

    private final Map<String, List<T>> emails = new HashMap<>();
    private final Map<String, List<T>> phones = new HashMap<>();
    private final Map<String, List<T>> profiles = new HashMap<>();
    private final Map<String, List<Named<T>>> byOrganisation = new HashMap<>();

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
            byOrganisation.computeIfAbsent(org, k -> new ArrayList<>(1)).add(new Named<>(name, target));
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
        if (org != null && name != null) {
            for (Named<T> n : byOrganisation.getOrDefault(org, List.of())) {
                if (filter.test(n.target()) && DuplicateKeys.similarNames(name, n.nameKey())) {
                    return Optional.of(new Match<>(n.target(), MatchRule.SIMILAR_NAME_SAME_ORGANISATION));
                }
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> first(List<T> targets, Predicate<T> filter) {
        if (targets == null) {
            return Optional.empty();
        }
        return targets.stream().filter(filter).findFirst();
    }
}
