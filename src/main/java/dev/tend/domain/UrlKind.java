package dev.tend.domain;

import java.util.Locale;

/** The kind of a web address; LinkedIn and Xing profiles matter for duplicate detection. */
public enum UrlKind {
    WEBSITE,
    LINKEDIN,
    XING,
    TWITTER,
    MASTODON,
    GITHUB,
    OTHER;

    /** Recognises social profiles from the address itself, so users need not pick a kind. */
    public static UrlKind of(String url) {
        String u = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (u.contains("linkedin.com/")) {
            return LINKEDIN;
        }
        if (u.contains("xing.com/")) {
            return XING;
        }
        // x.com only as the host itself, not as the end of another one (dropbox.com, fedex.com)
        if (u.contains("twitter.com/") || u.matches("(?s)(.*[/.@])?x\\.com/.*")) {
            return TWITTER;
        }
        if (u.contains("github.com/")) {
            return GITHUB;
        }
        return WEBSITE;
    }
}
