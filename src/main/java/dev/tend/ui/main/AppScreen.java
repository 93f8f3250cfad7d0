package dev.tend.ui.main;

import dev.tend.ui.common.Navigator;
import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * A screen on the navigation rail: its id, its label's bundle key, its icon, and how to build its
 * view. Views are built when first shown, so start-up pays only for the first screen.
 */
public record AppScreen(String id, String titleKey, Ikon icon, Function<Navigator, Node> view) {
}
