package dev.tend.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes whose values are never typed. */
public final class Converters {
    private Converters() {
    }

    /** Shows a value as {@code text} says, and an empty choice as nothing. */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
