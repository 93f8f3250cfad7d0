package dev.tend.domain;

/** A web or social profile address. */
public record WebLink(String url, UrlKind kind) {
    public WebLink {
        url = url == null ? "" : url.strip();
        kind = kind == null ? UrlKind.of(url) : kind;
    }

    public static WebLink of(String url) {
        return new WebLink(url, null);
    }
}
